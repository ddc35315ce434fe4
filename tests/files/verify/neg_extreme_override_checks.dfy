// RUN: verify --show-snippets false
// Override checks of extreme members declared without a body in a trait: a class's least lemma
// with a weaker postcondition than the trait's; the prefix lemmas' own proofs. Expected output
// checked against Dafny 4.11.
trait T {
  least predicate P(x: nat)
    requires x < 10
  least lemma L(x: nat)
    requires P(x)
    ensures x < 10
  greatest lemma H(x: int)
    ensures x != 3
}
class C extends T {
  least predicate P(x: nat)
    requires x < 10
  { x == 0 || P(x - 1) }
  least lemma L(x: nat)
    requires P(x)
    ensures x < 20
  {}
  greatest lemma H(x: int)
    ensures x != 3
  {
  }
}
method UseL(t: T, x: nat)
  requires x < 10 && t.P(x)
{
  t.L(x);
  assert x < 10;
}

// CHECK-EXIT: 4
// CHECK: neg_extreme_override_checks.dfy(9,14): Error: function precondition could not be proved
// CHECK: neg_extreme_override_checks.dfy(7,15): Related location: this proposition could not be proved
// CHECK: neg_extreme_override_checks.dfy(18,14): Error: the method must provide an equal or more detailed postcondition than in its parent trait
// CHECK: neg_extreme_override_checks.dfy(19,14): Error: function precondition could not be proved
// CHECK: neg_extreme_override_checks.dfy(16,15): Related location: this proposition could not be proved
// CHECK: neg_extreme_override_checks.dfy(21,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_extreme_override_checks.dfy(20,14): Related location: this is the postcondition that could not be proved
// CHECK: neg_extreme_override_checks.dfy(24,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_extreme_override_checks.dfy(23,14): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 5 errors
