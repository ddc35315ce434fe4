// RUN: verify --show-snippets false
// A quantifier's multi-triggers are every minimal set of candidate terms that covers its bound
// variables, as Dafny selects them: UniqueIds' quantifier is triggered by {ids[i], ids[j]}
// and the mixed pairs too, not only by {ValidIdx(i), ValidIdx(j)} (which the other value's
// quantifier never has). Expected output is Dafny 4.11's.
datatype Variables = Variables(ids: seq<nat>, highest_heard: seq<int>) {
  ghost predicate ValidIdx(i: int) {
    0<=i<|ids|
  }
  ghost predicate UniqueIds() {
    forall i, j | ValidIdx(i) && ValidIdx(j) ::
      ids[i]==ids[j] ==> i == j
  }
}
lemma T2(v: Variables, v': Variables)
  requires v.UniqueIds()
  requires v'.ids == v.ids
  ensures v'.UniqueIds()
{
}
lemma NotUnique(v: Variables, v': Variables)
  requires v.UniqueIds()
  requires |v'.ids| == |v.ids| + 1
  ensures v'.UniqueIds()
{
}

// CHECK-EXIT: 4
// CHECK: multi_triggers.dfy(25,0): Error: a postcondition could not be proved on this return path
// CHECK: multi_triggers.dfy(24,22): Related location: this is the postcondition that could not be proved
// CHECK: multi_triggers.dfy(11,4): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
