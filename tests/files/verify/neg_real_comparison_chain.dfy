// RUN: verify --show-snippets false
// A chain of real comparisons in which the last link fails.
method M(x: real, y: real, z: real)
  requires x < y && y <= z
{
  assert x < z;
  assert x + 1.0 < z;
}

// CHECK-EXIT: 4
// CHECK: neg_real_comparison_chain.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
