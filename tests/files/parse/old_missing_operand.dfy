// RUN: resolve --show-snippets false
method M() {
  var x := old();
}

// CHECK-EXIT: 2
// CHECK: old_missing_operand.dfy(3,15): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in old_missing_operand.dfy
