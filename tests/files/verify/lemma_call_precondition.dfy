// RUN: verify --show-snippets false
lemma Positive(n: int)
  requires n > 0
  ensures n * n > 0
{
}
method M(k: int)
{
  Positive(k);
  assert k * k > 0;
}

// CHECK-EXIT: 4
// CHECK: lemma_call_precondition.dfy(9,10): Error: a precondition for this call could not be proved
// CHECK: lemma_call_precondition.dfy(3,13): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
