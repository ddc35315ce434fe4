// RUN: verify --show-snippets false
// Dafny's modulus is never negative.
method M() {
  assert 7 % 3 == 1;
  assert -7 % 3 == -1;
}

// CHECK-EXIT: 4
// CHECK: neg_modulo_semantics.dfy(5,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
