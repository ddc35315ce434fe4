// RUN: resolve --show-snippets false
newtype N = x: int |

// CHECK-EXIT: 2
// CHECK: newtype_missing_constraint.dfy(7,0): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in newtype_missing_constraint.dfy
