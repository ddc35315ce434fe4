// RUN: resolve --show-snippets false
method M() {
  var x := F(1, );
}

// CHECK-EXIT: 2
// CHECK: call_bad_argument.dfy(3,16): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in call_bad_argument.dfy
