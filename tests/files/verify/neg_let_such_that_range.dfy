// RUN: verify --show-snippets false
// The range in the such-that predicate may be empty.
method M(lo: int, hi: int) returns (x: int)
{
  x :| lo <= x < hi;
}

// CHECK-EXIT: 4
// CHECK: neg_let_such_that_range.dfy(5,4): Error: cannot establish the existence of LHS values that satisfy the such-that predicate. Note, no trigger was found for the such-that predicate, which may be the reason the proof failed. To give a trigger explicitly, use the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
