// RUN: verify --show-snippets false
// Dafny's division is Euclidean: -7 / 2 is -4.
method M() {
  assert 7 / 2 == 3;
  assert -7 / 2 == -3;
}

// CHECK-EXIT: 4
// CHECK: neg_int_division_semantics.dfy(5,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
