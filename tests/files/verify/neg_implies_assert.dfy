// RUN: verify --show-snippets false
// An implication whose antecedent is satisfiable but the consequent does not follow.
method M(x: int, y: int)
  requires x > 0
{
  assert x > y ==> x - y > 1;
}

// CHECK-EXIT: 4
// CHECK: neg_implies_assert.dfy(6,25): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
