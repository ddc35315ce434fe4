// RUN: verify --show-snippets false
// Using a lemma's conclusion outside of the case where it was called.
lemma Bound(x: int)
  requires 0 <= x < 10
  ensures x * x < 100
{
}
method M(x: int)
  requires 0 <= x < 20
{
  if x < 10 {
    Bound(x);
  }
  assert x * x < 100;
}

// CHECK-EXIT: 4
// CHECK: neg_lemma_requires_in_use.dfy(14,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
