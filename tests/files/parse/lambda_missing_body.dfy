// RUN: resolve --show-snippets false
method M() {
  var f := x => ;
}

// CHECK-EXIT: 2
// CHECK: lambda_missing_body.dfy(3,16): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in lambda_missing_body.dfy
