// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(): bool { true }
method M() returns (x: int) {
  x := F();
}

// CHECK-EXIT: 2
// CHECK: call_result_to_wrong_type.dfy(5,4): Error: RHS (of type bool) not assignable to LHS (of type int)
// CHECK: 1 resolution/type errors detected in call_result_to_wrong_type.dfy
