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
// CHECK: assign_to_two_outs_one_value.dfy(7,17): Error: the method returns 1 value but is assigned to 2 variables (all return values must be assigned)
// CHECK: 1 resolution/type errors detected in assign_to_two_outs_one_value.dfy
