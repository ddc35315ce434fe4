// RUN: verify --allow-warnings --show-snippets false
// What Std.Ordinal needed from the verifier: a bare {:trigger} (no pattern; Z3 picks its own),
// a call from `decreases right` to `decreases right, 0` (a shorter explicit clause stands for
// itself and a top element), and `(o - 1) + 1 == o` for a successor ordinal (the prelude's
// axioms on adding and subtracting naturals in steps). The last lemma is wrong: Dafny 4.11
// reports the same error, and counts 7 verified where dfyc counts 6. (Dafny also proves
// (o - 1) + 1 == o for a limit o, after reporting that o - 1 underflows: its prelude's axiom for
// o-m+n asks n <= Offset(o) + m; dfyc's asks m <= Offset(o).)
ghost function {:axiom} Bound(right: ORDINAL): (result: ORDINAL)
  ensures forall right' | right' < right :: Steps(right') < result
  ensures forall result' {:trigger} |
            forall right' | right' < right :: Steps(right') < result' :: result <= result'
  decreases right, 0

ghost function Steps(right: ORDINAL): ORDINAL
  decreases right
{
  if right == 0 then 0
  else if right.IsLimit then Bound(right)
  else Steps(right - 1) + 1
}

lemma Predecessor(o: ORDINAL)
  requires !o.IsLimit
  ensures (o - 1) + 1 == o
  ensures (o + 2) - 1 == o + 1
  ensures ((o + 1) + 2) - 3 == o
{}

lemma StepsOfNat(n: nat)
  ensures Steps(n as ORDINAL) == n as ORDINAL
{
  if n > 0 {
    StepsOfNat(n - 1);
  }
}

lemma Wrong(o: ORDINAL)
  requires !o.IsLimit
  ensures (o - 1) + 1 == o + 1
{}

// CHECK-EXIT: 4
// CHECK: ordinal_steps.dfy(41,0): Error: a postcondition could not be proved on this return path
// CHECK: ordinal_steps.dfy(40,22): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 1 error
