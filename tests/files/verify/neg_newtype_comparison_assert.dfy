// RUN: verify --show-snippets false
// An assertion about newtype values that does not follow.
newtype pos = x: int | x > 0 witness 1
method M(a: pos, b: pos) {
  assert a + b > a;
  assert a * b > a;
}

// CHECK-EXIT: 4
// CHECK: neg_newtype_comparison_assert.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
