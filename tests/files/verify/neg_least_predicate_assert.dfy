// RUN: verify --show-snippets false
// A least predicate's membership claim that does not follow.
// Expected output recorded from Dafny 4.11 (formerly in MISMATCHES.md).
least predicate Reach(n: int)
{
  n == 0 || Reach(n - 2)
}
method M() {
  assert Reach(0);
  assert Reach(3);
}

// CHECK-EXIT: 4
// CHECK: neg_least_predicate_assert.dfy(10,14): Error: assertion might not hold
// CHECK: neg_least_predicate_assert.dfy(6,9): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
