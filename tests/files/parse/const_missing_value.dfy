// RUN: resolve --show-snippets false
const c: int :=

// CHECK-EXIT: 2
// CHECK: const_missing_value.dfy(7,0): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in const_missing_value.dfy
