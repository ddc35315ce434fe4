// RUN: verify --show-snippets false
// A predicate with a postcondition that is not implied.
predicate Even(n: int)
  ensures Even(n) ==> n > 0
{
  n % 2 == 0
}

// CHECK-EXIT: 4
// CHECK: neg_predicate_ensures.dfy(6,8): Error: a postcondition could not be proved on this return path
// CHECK: neg_predicate_ensures.dfy(4,24): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
