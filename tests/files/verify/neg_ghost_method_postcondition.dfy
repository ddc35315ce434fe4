// RUN: verify --show-snippets false
// A ghost method's postcondition that does not hold.
ghost method Choose(s: set<int>) returns (x: int)
  requires s != {}
  ensures x in s && forall y :: y in s ==> x <= y
{
  x :| x in s;
}

// CHECK-EXIT: 4
// CHECK: neg_ghost_method_postcondition.dfy(6,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_ghost_method_postcondition.dfy(5,20): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
