// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() returns (r: int) {
  r := Twice(3);
}

// CHECK-EXIT: 2
// CHECK: unresolved_function_name.dfy(4,7): Error: unresolved identifier: Twice
// CHECK: 1 resolution/type errors detected in unresolved_function_name.dfy
