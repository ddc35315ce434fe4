// RUN: verify --show-snippets false
// A typed such-that assignment whose predicate excludes every nat.
method M() returns (x: nat) {
  var y: nat :| y < 0 || y == 4;
  x :| x < 0;
}

// CHECK-EXIT: 4
// CHECK: neg_typed_such_that.dfy(4,13): Error: cannot establish the existence of LHS values that satisfy the such-that predicate. Note, no trigger was found for the such-that predicate, which may be the reason the proof failed. To give a trigger explicitly, use the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK: neg_typed_such_that.dfy(5,4): Error: cannot establish the existence of LHS values that satisfy the such-that predicate. Note, no trigger was found for the such-that predicate, which may be the reason the proof failed. To give a trigger explicitly, use the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
