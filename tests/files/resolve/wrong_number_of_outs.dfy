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
// CHECK: wrong_number_of_outs.dfy(7,14): Error: the method returns 2 values but is assigned to 1 variable (all return values must be assigned)
// CHECK: 1 resolution/type errors detected in wrong_number_of_outs.dfy
