// RUN: verify --show-snippets false
method M(x: int, y: int)
{
  assume {:axiom} x > 10;
  expect y > 0;
  assert x + y > 11;
  assert x * y > 20;
}

// CHECK-EXIT: 4
// CHECK: assume_and_expect.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
