// RUN: resolve --show-snippets false
method One() returns (a: int)
{
  a := 1;
}
method Main() {
  var x, y := One();
  print x, y, "\n";
}

// CHECK-EXIT: 2
// CHECK: assign_to_two_outs_one_value.dfy(7,2): Error: wrong number of method result arguments (got 2, expected 1)
// CHECK: assign_to_two_outs_one_value.dfy(7,9): Error: the type of this local variable is underspecified
// CHECK: 2 resolution/type errors detected in assign_to_two_outs_one_value.dfy
