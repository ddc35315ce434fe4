// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(b: bool): int {
  if b then 1 else false
}

// CHECK-EXIT: 2
// CHECK: if_expression_branches_differ.dfy(4,2): Error: the two branches of an if-then-else expression must have the same type (got int and bool)
// CHECK: if_expression_branches_differ.dfy(3,9): Error: Function body type mismatch (expected int, got bool)
// CHECK: 2 resolution/type errors detected in if_expression_branches_differ.dfy
