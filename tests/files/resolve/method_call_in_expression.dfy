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
// CHECK: method_call_in_expression.dfy(7,14): Error: expression is not allowed to invoke a method (Inc)
// CHECK: 1 resolution/type errors detected in method_call_in_expression.dfy
