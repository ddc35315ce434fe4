// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: array<int>) {
  a[0] := true;
}

// CHECK-EXIT: 2
// CHECK: array_element_type_mismatch.dfy(4,7): Error: RHS (of type bool) not assignable to LHS (of type int)
// CHECK: 1 resolution/type errors detected in array_element_type_mismatch.dfy
