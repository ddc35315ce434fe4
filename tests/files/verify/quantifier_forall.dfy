// RUN: verify --show-snippets false
function Sq(n: int): int { n * n }
lemma SqNonNeg()
  ensures forall n :: Sq(n) >= 0
{
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
