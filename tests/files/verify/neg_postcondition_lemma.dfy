// RUN: verify --show-snippets false
// A lemma claims more than its (empty) proof gives.
lemma SquareGrows(x: int)
  ensures x * x >= x + 1
{
}

// CHECK-EXIT: 4
// CHECK: neg_postcondition_lemma.dfy(5,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_postcondition_lemma.dfy(4,16): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
