// RUN: resolve --show-snippets false
// A proof may not allocate, update the heap, call methods or assign locals it does not declare
// (Dafny's GhostInterestVisitor and CheckLocalityUpdates). Expected output: Dafny 4.11's.
class C { var f: int }
method Other() returns (r: int) { r := 1; }
method M(c: C)
  modifies c
{
  var x := 0;
  assert true by {
    c.f := 3;
  }
  calc {
    1;
    { var o := new C; }
    1;
    { var k := Other(); }
    1;
  }
  assert x == 0 by {
    x := 2;
  }
  ghost var g := 0;
  assert true by { g := 1; }
}
method M2() {
  var x := 0;
  forall i | 0 <= i < 3 { x := i; }
  ghost var y := 0;
  forall i | 0 <= i < 3 ensures true { y := i; }
  calc { 1; { var z := 0; z := 1; } 1; }
}
lemma L() {
  var w := 0;
  calc { 1; { w := 1; } 1; }
}

// CHECK-EXIT: 2
// CHECK: proof_locality.dfy(11,8): Error: assignment to non-ghost field is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: proof_locality.dfy(15,15): Error: a hint is not allowed to use 'new'
// CHECK: proof_locality.dfy(17,20): Error: in a hint, calls are allowed only to lemmas
// CHECK: proof_locality.dfy(21,6): Error: assignment to non-ghost variable is not allowed in this context, because the statement is in a ghost context; e.g., it may be guarded by a specification-only expression
// CHECK: proof_locality.dfy(21,4): Error: a by block is not allowed to update a variable it doesn't declare
// CHECK: proof_locality.dfy(24,19): Error: a by block is not allowed to update a variable it doesn't declare
// CHECK: proof_locality.dfy(28,26): Error: a forall statement is not allowed to update a variable it doesn't declare
// CHECK: proof_locality.dfy(30,39): Error: a forall statement is not allowed to update a variable it doesn't declare
// CHECK: proof_locality.dfy(35,14): Error: a hint is not allowed to update a variable it doesn't declare
// CHECK: 9 resolution/type errors detected in proof_locality.dfy
