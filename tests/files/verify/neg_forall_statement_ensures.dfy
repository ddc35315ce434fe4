// RUN: verify --show-snippets false
// A forall statement proving a universally quantified fact through a lemma that does not give it.
lemma Square(x: int)
  ensures x * x >= 0
{
}
method M() {
  forall x: int | x > 0
    ensures x * x > x
  {
    Square(x);
  }
}

// CHECK-EXIT: 4
// CHECK: neg_forall_statement_ensures.dfy(9,18): Error: possible violation of postcondition of forall statement
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
