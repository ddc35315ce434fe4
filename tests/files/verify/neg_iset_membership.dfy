// RUN: verify --show-snippets false
// An infinite set membership that does not hold.
method M() {
  var evens := iset x: int | x % 2 == 0;
  assert 4 in evens;
  assert 5 in evens;
}

// CHECK-EXIT: 4
// CHECK: neg_iset_membership.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
