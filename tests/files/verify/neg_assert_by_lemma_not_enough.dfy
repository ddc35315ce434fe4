// RUN: verify --show-snippets false
// An `assert ... by` whose lemma call does not give the needed fact.
lemma Nonneg(x: int)
  ensures x * x >= 0
{
}
method M(x: int) {
  assert x * x > 0 by {
    Nonneg(x);
  }
}

// CHECK-EXIT: 4
// CHECK: neg_assert_by_lemma_not_enough.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
