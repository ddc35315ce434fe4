// RUN: verify --show-snippets false
// A forall statement calling a lemma whose precondition fails for some bound values.
lemma Pos(x: int)
  requires x > 0
  ensures x * x > 0
{
}
method M() {
  forall x: int | x >= 0
    ensures x * x >= 0
  {
    Pos(x);
  }
}

// CHECK-EXIT: 4
// CHECK: neg_forall_ensures_lemma_call.dfy(12,7): Error: a precondition for this call could not be proved
// CHECK: neg_forall_ensures_lemma_call.dfy(4,13): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
