// RUN: verify --show-snippets false
// Adding two probabilities may exceed 1.
newtype Prob = r: real | 0.0 <= r <= 1.0
method M(a: Prob, b: Prob) returns (c: Prob)
{
  c := a + b;
}

// CHECK-EXIT: 4
// CHECK: neg_newtype_real_range.dfy(6,9): Error: result of operation might violate newtype constraint for 'Prob'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
