// RUN: verify --allow-warnings --show-snippets false
// Members of datatypes: their default decreases clause starts with `this` (Dafny's
// InferDecreasesClause adds it for an ordered receiver type that is no reference type), and a
// literal receiver keeps its Lit mark, so a call on a literal value unfolds without fuel.
// Dafny 4.11 prints the same (2 verified, 2 errors).
datatype Rule = Zero | Step(r: Rule)
{
  ghost function Apply(): nat {
    match this
    case Zero => 0
    case Step(r) => r.Apply() + 2
  }
  function Size(): nat {
    if this.Zero? then 0 else this.r.Size() + 1
  }
  function Loop(): nat {
    if this.Zero? then 0 else Step(this).Loop()
  }
}
lemma Literal() {
  assert Step(Step(Step(Zero))).Apply() == 6;
  assert Step(Zero).Size() == 2;
}
// CHECK-EXIT: 4
// CHECK: datatype_member_recursion.dfy(17,45): Error: cannot prove termination; try supplying a decreases clause
// CHECK: datatype_member_recursion.dfy(22,27): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 2 errors
