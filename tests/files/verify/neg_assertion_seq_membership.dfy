// RUN: verify --show-snippets false
// The asserted element is not in the sequence.
method M() {
  var s := [1, 3, 5, 7];
  assert 3 in s;
  assert 4 in s;
}

// CHECK-EXIT: 4
// CHECK: neg_assertion_seq_membership.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
