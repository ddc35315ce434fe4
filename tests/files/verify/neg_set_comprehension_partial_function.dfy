// RUN: verify --show-snippets false
// A set comprehension applies a partial function to every element.
function Inv(x: int): int
  requires x != 0
{
  100 / x
}
method M(s: set<int>) returns (t: set<int>)
{
  t := set x | x in s :: Inv(x);
}

// CHECK-EXIT: 4
// CHECK: neg_set_comprehension_partial_function.dfy(10,28): Error: function precondition could not be proved
// CHECK: neg_set_comprehension_partial_function.dfy(4,13): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
