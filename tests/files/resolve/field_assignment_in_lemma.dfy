// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var f: int
}
lemma L(c: C)
  modifies c
{
  c.f := 1;
}

// CHECK-EXIT: 2
// CHECK: field_assignment_in_lemma.dfy(9,6): Error: assignment to non-ghost field is not allowed in this context, because this is a ghost lemma
// CHECK: field_assignment_in_lemma.dfy(7,11): Error: lemmas are not allowed to have modifies clauses
// CHECK: 2 resolution/type errors detected in field_assignment_in_lemma.dfy
