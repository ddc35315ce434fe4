// RUN: verify --show-snippets false
// Greatest lemmas whose predicate's body calls no predicate of its cluster: at a limit depth
// the prefix lemma's induction hypothesis gives every smaller depth (it had no trigger, and
// named the prefix predicate one layer of fuel above the prefix definition's limit clause).
// Wrong claim: Pos(x) for every x. Checked against Dafny 4.11: the same verdicts and error;
// Dafny adds a related location at the body of Pos (28,35), which dfyc does not give yet for
// the prefix predicates it inlines.
greatest predicate Always(x: int) { true }
greatest lemma AlwaysHolds(x: int)
  ensures Always(x)
{
}

greatest lemma AlwaysByRecursion(x: int)
  ensures Always(x)
{
  AlwaysByRecursion(x + 1);
}

class C {
  greatest predicate Member(x: int) { x == x }
  greatest lemma MemberHolds(x: int)
    ensures Member(x)
  {
  }
}

greatest predicate Pos(x: int) { x > 0 }
greatest lemma PosHolds(x: int)
  ensures Pos(x)
{
}

greatest predicate PosFrom(x: int) { x > 0 && PosFrom(x + 1) }
greatest lemma PosFromHolds(x: int)
  requires x > 0
  ensures PosFrom(x)
{
  PosFromHolds(x + 1);
}

// CHECK-EXIT: 4
// CHECK: greatest_lemma_limit_depth.dfy(31,0): Error: a postcondition could not be proved on this return path
// CHECK: greatest_lemma_limit_depth.dfy(30,13): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 4 verified, 1 error
