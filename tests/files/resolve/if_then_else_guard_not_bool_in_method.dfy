// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) returns (y: int) {
  y := if x then 1 else 2;
}

// CHECK-EXIT: 2
// CHECK: if_then_else_guard_not_bool_in_method.dfy(4,10): Error: guard condition in if-then-else expression must be a boolean (instead got int)
// CHECK: 1 resolution/type errors detected in if_then_else_guard_not_bool_in_method.dfy
