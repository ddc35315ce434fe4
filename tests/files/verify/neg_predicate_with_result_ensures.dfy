// RUN: verify --show-snippets false
// A predicate promises more about its result than its body gives.
predicate InRange(x: int, lo: int, hi: int)
  ensures InRange(x, lo, hi) ==> lo < hi
{
  lo <= x <= hi
}

// CHECK-EXIT: 4
// CHECK: neg_predicate_with_result_ensures.dfy(6,10): Error: a postcondition could not be proved on this return path
// CHECK: neg_predicate_with_result_ensures.dfy(4,36): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
