// RUN: verify --show-snippets false
// A quantified assertion over the elements of a set.
method M() {
  var s := {1, 2, 3};
  assert forall x :: x in s ==> x > 0;
  assert forall x :: x in s ==> x > 1;
}

// CHECK-EXIT: 4
// CHECK: neg_set_quantifier_assert.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
