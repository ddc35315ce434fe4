// RUN: verify --show-snippets false
// The slice's lower bound may exceed the length.
method Suffix(s: seq<int>, n: nat) returns (t: seq<int>)
{
  t := s[n..];
}

// CHECK-EXIT: 4
// CHECK: neg_slice_lower_too_big.dfy(5,8): Error: lower bound out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
