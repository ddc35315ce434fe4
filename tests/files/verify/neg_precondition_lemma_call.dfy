// RUN: verify --show-snippets false
// A lemma is called without establishing its precondition.
lemma MulPos(a: int, b: int)
  requires a > 0 && b > 0
  ensures a * b > 0
{
}
method Use(x: int) {
  MulPos(x, 3);
  assert x * 3 > 0;
}

// CHECK-EXIT: 4
// CHECK: neg_precondition_lemma_call.dfy(9,8): Error: a precondition for this call could not be proved
// CHECK: neg_precondition_lemma_call.dfy(4,13): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
