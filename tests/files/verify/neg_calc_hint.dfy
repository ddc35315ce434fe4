// RUN: verify --show-snippets false
// The hint does not justify the step (it fails for x == 1).
lemma Pos(x: int)
  requires x > 0
  ensures x * x > 0
{
}
method M(x: int)
  requires x > 0
{
  calc {
    x * x;
  >  { Pos(x); }
    x + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_calc_hint.dfy(14,6): Error: the calculation step between the previous line and this line could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
