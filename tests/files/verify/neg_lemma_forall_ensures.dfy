// RUN: verify --show-snippets false
// A lemma with a quantified postcondition that fails for 0.
lemma AllPos()
  ensures forall n: nat :: n * n > 0
{
}

// CHECK-EXIT: 4
// CHECK: neg_lemma_forall_ensures.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_lemma_forall_ensures.dfy(4,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
