// RUN: verify --show-snippets false
// Picking an element of a set that may be empty.
method Pick(s: set<int>) returns (x: int)
{
  x :| x in s;
}

// CHECK-EXIT: 4
// CHECK: neg_let_such_that_empty.dfy(5,4): Error: cannot establish the existence of LHS values that satisfy the such-that predicate
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
