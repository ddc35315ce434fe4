// RUN: verify --show-snippets false
// Sequence update at an index that may be out of range.
method M(s: seq<int>, i: nat) returns (t: seq<int>)
  requires i <= |s|
{
  t := s[i := 0];
}

// CHECK-EXIT: 4
// CHECK: neg_index_seq_update.dfy(6,9): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
