// RUN: verify --show-snippets false
method M(i: int, n: int)
  requires 0 <= i
{
  assert 0 <= i < n <= 10;
}

// CHECK-EXIT: 4
// CHECK: assertion_chain.dfy(5,16): Error: assertion might not hold
// CHECK: assertion_chain.dfy(5,20): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
