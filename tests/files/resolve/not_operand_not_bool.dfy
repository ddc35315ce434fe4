// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) returns (r: bool) {
  r := !x;
}

// CHECK-EXIT: 2
// CHECK: not_operand_not_bool.dfy(4,8): Error: logical/bitwise negation expects a boolean or bitvector argument (instead got int)
// CHECK: not_operand_not_bool.dfy(4,4): Error: RHS (of type int) not assignable to LHS (of type bool)
// CHECK: 2 resolution/type errors detected in not_operand_not_bool.dfy
