// RUN: resolve --show-snippets false
method M() {
  var x := (1 + );
}

// CHECK-EXIT: 2
// CHECK: paren_missing_operand.dfy(3,16): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in paren_missing_operand.dfy
