// RUN: verify --show-snippets false
// The such-that predicate has no trigger and no solution.
method M() returns (x: int) {
  x :| x > 5 && x < 3;
}

// CHECK-EXIT: 4
// CHECK: neg_such_that_no_trigger.dfy(4,4): Error: cannot establish the existence of LHS values that satisfy the such-that predicate. Note, no trigger was found for the such-that predicate, which may be the reason the proof failed. To give a trigger explicitly, use the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
