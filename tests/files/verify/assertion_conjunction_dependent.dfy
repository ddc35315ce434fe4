// RUN: verify --show-snippets false
method M(x: int, y: int)
  requires x > 0
{
  assert x > 0 && y > 0 && x + y > 1;
}

// CHECK-EXIT: 4
// CHECK: assertion_conjunction_dependent.dfy(5,20): Error: assertion might not hold
// CHECK: assertion_conjunction_dependent.dfy(5,33): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
