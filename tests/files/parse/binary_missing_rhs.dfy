// RUN: resolve --show-snippets false
method M() {
  var x := 1 +;
}

// CHECK-EXIT: 2
// CHECK: binary_missing_rhs.dfy(3,14): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in binary_missing_rhs.dfy
