// RUN: verify --show-snippets false
// A lemma promising an existential with no witness.
lemma NoSquare()
  ensures exists x: int :: x * 2 == 5
{
}

// CHECK-EXIT: 4
// CHECK: neg_lemma_exists_ensures.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_lemma_exists_ensures.dfy(4,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
