// RUN: verify --show-snippets false
function Sum(n: nat): nat { if n == 0 then 0 else n + Sum(n - 1) }
lemma SumFormula(n: nat)
  ensures 2 * Sum(n) == n * (n + 1)
{
}
function Pow2(n: nat): nat { if n == 0 then 1 else 2 * Pow2(n - 1) }
lemma Pow2Positive(n: nat)
  ensures Pow2(n) > 0
{
}
lemma Wrong(n: nat)
  ensures Sum(n) == n
{
}
lemma {:induction false} NoInd(n: nat)
  ensures Pow2(n) > 0
{
}

// CHECK-EXIT: 4
// CHECK: lemma_automatic_induction.dfy(14,0): Error: a postcondition could not be proved on this return path
// CHECK: lemma_automatic_induction.dfy(13,17): Related location: this is the postcondition that could not be proved
// CHECK: lemma_automatic_induction.dfy(18,0): Error: a postcondition could not be proved on this return path
// CHECK: lemma_automatic_induction.dfy(17,18): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 2 errors
