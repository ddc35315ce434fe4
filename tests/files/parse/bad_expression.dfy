// RUN: resolve --show-snippets false
method M(a: int) returns (b: int)
{
  b := a + * 2;
}

// CHECK-EXIT: 2
// CHECK: bad_expression.dfy(4,11): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in bad_expression.dfy
