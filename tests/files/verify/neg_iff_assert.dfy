// RUN: verify --show-snippets false
// A biconditional that only holds in one direction.
method M(x: int) {
  assert x > 5 <==> x > 3;
}

// CHECK-EXIT: 4
// CHECK: neg_iff_assert.dfy(4,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
