// RUN: verify --show-snippets false
// An absolute-value function whose negative branch is wrong.
function Abs(x: int): (r: int)
  ensures r >= 0
  ensures r == x || r == -x
{
  if x < 0 then -x - 1 else x
}

// CHECK-EXIT: 4
// CHECK: neg_abs_function_ensures.dfy(7,19): Error: a postcondition could not be proved on this return path
// CHECK: neg_abs_function_ensures.dfy(5,17): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
