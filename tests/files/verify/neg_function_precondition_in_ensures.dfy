// RUN: verify --show-snippets false
// A postcondition applies a partial function without a guard.
function Inv(x: int): int
  requires x != 0
{
  100 / x
}
method M(x: int) returns (y: int)
  ensures y == Inv(x)
{
  y := 100 / x;
}

// CHECK-EXIT: 4
// CHECK: neg_function_precondition_in_ensures.dfy(9,18): Error: function precondition could not be proved
// CHECK: neg_function_precondition_in_ensures.dfy(4,13): Related location: this proposition could not be proved
// CHECK: neg_function_precondition_in_ensures.dfy(11,11): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
