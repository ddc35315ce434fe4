// RUN: verify --show-snippets false
// An index inside a quantifier's body that may be out of range.
predicate AllSmall(s: seq<int>)
{
  forall i :: 0 <= i <= |s| ==> s[i] < 10
}

// CHECK-EXIT: 4
// CHECK: neg_seq_index_in_quantifier.dfy(5,33): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
