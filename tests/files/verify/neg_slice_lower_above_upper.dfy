// RUN: verify --show-snippets false
// The slice bounds may be in the wrong order.
method Mid(s: seq<int>, i: nat, j: nat) returns (t: seq<int>)
  requires i <= |s| && j <= |s|
{
  t := s[i..j];
}

// CHECK-EXIT: 4
// CHECK: neg_slice_lower_above_upper.dfy(6,8): Error: upper bound below lower bound or above length of sequence
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
