// RUN: verify --show-snippets false
function Sq(n: int): int { n * n }
lemma SqNonNeg()
  ensures forall n :: Sq(n) >= 0
{
}

// CHECK-EXIT: 2
// CHECK: unsupported_quantifier.dfy(4,10): Error: dfyc does not support Quantifier expressions yet
// CHECK: 1 resolution/type errors detected in unsupported_quantifier.dfy
