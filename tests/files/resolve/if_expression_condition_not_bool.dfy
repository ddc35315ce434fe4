// RUN: resolve --show-snippets false
function Sign(n: int): int
{
  if n then 1 else -1
}

// CHECK-EXIT: 2
// CHECK: if_expression_condition_not_bool.dfy(4,5): Error: guard condition in if-then-else expression must be a boolean (instead got int)
// CHECK: 1 resolution/type errors detected in if_expression_condition_not_bool.dfy
