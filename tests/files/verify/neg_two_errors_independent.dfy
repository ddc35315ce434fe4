// RUN: verify --show-snippets false
// Two independent errors in one method: an index and an assertion.
method M(a: array<int>, x: int)
  requires a.Length > 0
{
  var y := a[1];
  assert x > 0;
}

// CHECK-EXIT: 4
// CHECK: neg_two_errors_independent.dfy(6,12): Error: index out of range
// CHECK: neg_two_errors_independent.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
