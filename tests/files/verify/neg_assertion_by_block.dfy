// RUN: verify --show-snippets false
// The proof given in `assert ... by` is not enough.
method M(x: int)
  requires x >= 0
{
  assert x * x >= 2 * x by {
    assert x >= 0;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_assertion_by_block.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
