// RUN: resolve --show-snippets false
method Inc(n: int) returns (r: int)
{
  r := n + 1;
}
method Main() {
  var x := Inc(1) + 1;
  print x, "\n";
}

// CHECK-EXIT: 2
// CHECK: method_call_in_expression.dfy(7,11): Error: expression is not allowed to invoke a method (Inc)
// CHECK: method_call_in_expression.dfy(7,14): Error: method call is not allowed to be used in an expression context (Inc)
// CHECK: 2 resolution/type errors detected in method_call_in_expression.dfy
