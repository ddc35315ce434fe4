// RUN: verify --show-snippets false
// The index can be negative.
method Get(s: seq<int>, i: int) returns (x: int)
  requires i < |s|
{
  x := s[i];
}

// CHECK-EXIT: 4
// CHECK: neg_index_seq_negative.dfy(6,8): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
