// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int, b: bool) returns (r: bool) {
  r := x || b;
}

// CHECK-EXIT: 2
// CHECK: or_operand_not_bool.dfy(4,9): Error: first argument to || must be of type bool (instead got int)
// CHECK: 1 resolution/type errors detected in or_operand_not_bool.dfy
