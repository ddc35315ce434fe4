// RUN: verify --show-snippets false
// Swapping two variables, but the second assignment reads the updated value.
method Swap(x: int, y: int) returns (a: int, b: int)
  ensures a == y && b == x
{
  a := x;
  b := y;
  a := b;
  b := a;
}

// CHECK-EXIT: 4
// CHECK: neg_swap_postcondition.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_swap_postcondition.dfy(4,22): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
