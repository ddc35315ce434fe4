// RUN: verify --show-snippets false --allow-warnings
// An inductive lemma whose claim is false for n = 0.
function Sum(n: nat): nat
{
  if n == 0 then 0 else n + Sum(n - 1)
}
lemma SumPos(n: nat)
  ensures Sum(n) >= 1
{
  if n > 0 { SumPos(n - 1); }
}

// CHECK-EXIT: 4
// CHECK: neg_lemma_induction_wrong_claim.dfy(10,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_lemma_induction_wrong_claim.dfy(8,17): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
