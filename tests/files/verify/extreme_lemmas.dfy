// RUN: verify --show-snippets false --allow-warnings
// Least and greatest lemmas, proved through their prefix lemmas.
ghost predicate P(x: int)
ghost predicate Q(x: int)

least predicate A(x: int) { P(x) || B(x + 1) }
least predicate B(x: int) { Q(x) || A(x + 1) }

// Induction over the derivation of A(x) and B(x): the recursive calls are at depth _k - 1.
least lemma AtoPQ(x: int)
  requires A(x)
  ensures exists y :: y >= x && (P(y) || Q(y))
{
  if B(x + 1) {
    BtoPQ(x + 1);
  }
}

least lemma BtoPQ(x: int)
  requires B(x)
  ensures exists y :: y >= x && (P(y) || Q(y))
{
  if A(x + 1) {
    AtoPQ(x + 1);
  }
}

greatest predicate G(x: int) { G(x + 1) }
greatest predicate H(x: int) { x > 0 && H(x + 1) }

// Coinduction: G holds everywhere, H from 1 up.
greatest lemma AllG(x: int)
  ensures G(x)
{
  AllG(x + 1);
}

greatest lemma HUp(x: int)
  requires x > 0
  ensures H(x)
{
  HUp(x + 1);
}

// The same, proved automatically (induction on the depth).
greatest lemma HUpAuto(x: int)
  requires x > 0
  ensures H(x)
{
}

// Prefix predicates written out.
lemma Prefix(x: int)
  ensures G#[2](x) && !A#[0](x)
{
}

lemma UseLemma(x: int)
  requires x >= 0
  ensures H(x + 5)
{
  HUp(x + 5);
}

// nat depths.
least predicate Even[nat](n: int) { n == 0 || Even(n - 2) }
least lemma EvenNonNeg[nat](n: int)
  requires Even(n)
  ensures n >= 0 && n % 2 == 0
{
  if n != 0 {
    EvenNonNeg(n - 2);
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 9 verified, 0 errors
