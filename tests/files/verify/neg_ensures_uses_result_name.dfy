// RUN: verify --show-snippets false
// A named result in a function's ensures clause with a wrong bound.
function Sq(x: int): (r: int)
  ensures r > 0
{
  x * x
}

// CHECK-EXIT: 4
// CHECK: neg_ensures_uses_result_name.dfy(6,4): Error: a postcondition could not be proved on this return path
// CHECK: neg_ensures_uses_result_name.dfy(4,12): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
