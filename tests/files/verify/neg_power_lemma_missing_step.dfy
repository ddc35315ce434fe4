// RUN: verify --show-snippets false --allow-warnings
// An induction lemma whose recursive call is missing, so the inductive step fails.
function Pow(b: nat, e: nat): nat
{
  if e == 0 then 1 else b * Pow(b, e - 1)
}
lemma {:induction false} PowPos(b: nat, e: nat)
  requires b > 0
  ensures Pow(b, e) > 0
{
  if e > 0 {
    assert Pow(b, e) == b * Pow(b, e - 1);
  }
}

// CHECK-EXIT: 4
// CHECK: neg_power_lemma_missing_step.dfy(11,11): Error: a postcondition could not be proved on this return path
// CHECK: neg_power_lemma_missing_step.dfy(9,20): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
