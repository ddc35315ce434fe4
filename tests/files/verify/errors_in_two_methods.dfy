// RUN: verify --show-snippets false
method A(x: int) returns (r: int)
  ensures r > 0
{
  r := x;
}
method B(n: int)
{
  assert n != 5;
}
method C(n: int) returns (r: int)
  ensures r == n
{
  r := n;
}

// CHECK-EXIT: 4
// CHECK: errors_in_two_methods.dfy(4,0): Error: a postcondition could not be proved on this return path
// CHECK: errors_in_two_methods.dfy(3,12): Related location: this is the postcondition that could not be proved
// CHECK: errors_in_two_methods.dfy(9,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
