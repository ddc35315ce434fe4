// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int, b: bool) returns (r: bool) {
  r := b ==> x;
}

// CHECK-EXIT: 2
// CHECK: implies_operand_not_bool.dfy(4,9): Error: second argument to ==> must be of type bool (instead got int)
// CHECK: 1 resolution/type errors detected in implies_operand_not_bool.dfy
