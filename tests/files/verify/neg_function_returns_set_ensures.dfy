// RUN: verify --show-snippets false
// A function returning a set with a wrong claim about its members.
function Evens(n: nat): (s: set<nat>)
  ensures forall x :: x in s ==> x % 2 == 0
  ensures forall x :: x in s ==> x <= n
{
  set x | 0 <= x <= n + 1 && x % 2 == 0
}

// CHECK-EXIT: 4
// CHECK: neg_function_returns_set_ensures.dfy(7,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_function_returns_set_ensures.dfy(5,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
