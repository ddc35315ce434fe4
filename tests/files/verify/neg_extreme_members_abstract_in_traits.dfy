// RUN: verify --show-snippets false
// Extreme predicates and lemmas declared without a body in a trait and given one by each class:
// the class's members are extreme predicates and lemmas of their own (prefix predicates,
// prefix lemmas), tied to the trait's by Dafny's override axiom and override checks. Wrong
// claims: t.P(3) of any T, t.P(0) of a D, c.G(5) of a greatest predicate that never holds;
// and d.G(5), true but only through D's lemma H. Expected output checked against Dafny 4.11.
trait T {
  least predicate P(x: nat)
  greatest predicate G(x: int)
  least lemma L(x: nat)
    requires P(x)
    ensures x >= 0
  greatest lemma H(x: int)
    ensures G(x)
}
class C extends T {
  least predicate P(x: nat) { x == 0 || P(x - 1) }
  greatest predicate G(x: int) { G(x + 1) }
  least lemma L(x: nat)
    requires P(x)
    ensures x >= 0
  {}
  greatest lemma H(x: int)
    ensures G(x)
  {
    H(x + 1);
  }
}
class D extends T {
  least predicate P(x: nat) { x == 1 }
  greatest predicate G(x: int) { G(x + 2) }
  least lemma L(x: nat)
    requires P(x)
    ensures x >= 0
  {}
  greatest lemma H(x: int)
    ensures G(x)
  {
  }
}
method M1(t: T)
{
  assert t.P(3);
}
method M2(c: C)
{
  assert c.P(0);
  assert c.P(2);
}
method M3(c: C, t: T)
  requires t == c
{
  assert c.P(0);
  assert t.P(0);
}
method M4(d: D, t: T)
  requires t == d
{
  assert t.P(0);
}
method M5(c: C)
{
  assert c.G(5);
}
method M6(d: D, t: T)
  requires t == d
{
  assert d.G(5);
  assert t.G(5);
}
lemma M7(c: C)
  ensures c.P(1)
{
  c.L(1);
}

// CHECK-EXIT: 4
// CHECK: neg_extreme_members_abstract_in_traits.dfy(43,2): Error: assertion might not hold
// CHECK: neg_extreme_members_abstract_in_traits.dfy(59,2): Error: assertion might not hold
// CHECK: neg_extreme_members_abstract_in_traits.dfy(63,12): Error: assertion might not hold
// CHECK: neg_extreme_members_abstract_in_traits.dfy(18,34): Related location: this proposition could not be proved
// CHECK: neg_extreme_members_abstract_in_traits.dfy(68,12): Error: assertion might not hold
// CHECK: neg_extreme_members_abstract_in_traits.dfy(31,34): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 17 verified, 4 errors
