// RUN: verify --show-snippets false
// The first postcondition holds, the second does not.
method Inc(x: int) returns (y: int)
  ensures y > x
  ensures y == x + 2
{
  y := x + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_postcondition_second_fails.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_postcondition_second_fails.dfy(5,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
