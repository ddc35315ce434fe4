// RUN: resolve --show-snippets false
method Two() returns (a: int, b: int)
{
  a, b := 1, 2;
}
method Main() {
  var x := Two();
  print x, "\n";
}

// CHECK-EXIT: 2
// CHECK: wrong_number_of_outs.dfy(7,2): Error: wrong number of method result arguments (got 1, expected 2)
// CHECK: 1 resolution/type errors detected in wrong_number_of_outs.dfy
