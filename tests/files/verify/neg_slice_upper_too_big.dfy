// RUN: verify --show-snippets false
// The slice's upper bound may exceed the length.
method Prefix(s: seq<int>, n: nat) returns (t: seq<int>)
{
  t := s[..n];
}

// CHECK-EXIT: 4
// CHECK: neg_slice_upper_too_big.dfy(5,8): Error: upper bound below lower bound or above length of sequence
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
