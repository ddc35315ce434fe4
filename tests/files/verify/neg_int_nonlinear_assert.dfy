// RUN: verify --show-snippets false
// A nonlinear fact that is false for negative values.
method M(x: int, y: int)
  requires x > y
{
  assert x * x > y * y;
}

// CHECK-EXIT: 4
// CHECK: neg_int_nonlinear_assert.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
