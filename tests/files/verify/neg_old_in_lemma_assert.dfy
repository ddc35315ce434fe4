// RUN: verify --show-snippets false
// A two-state assertion about an object field after an update.
class Cell { var v: int }
method M(c: Cell)
  modifies c
{
  c.v := c.v + 1;
  assert c.v == old(c.v) + 1;
  assert c.v == old(c.v);
}

// CHECK-EXIT: 4
// CHECK: neg_old_in_lemma_assert.dfy(9,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
