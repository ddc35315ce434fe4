// RUN: verify --show-snippets false
function Sq(n: int): int { n * n }
lemma SqNonNeg(n: int)
  ensures Sq(n) >= 0
{
}
method M(x: int) returns (y: int)
  ensures y >= 1
{
  assert Sq(x) >= 0 by {
    SqNonNeg(x);
  }
  y := Sq(x) + 1;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
