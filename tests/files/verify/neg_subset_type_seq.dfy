// RUN: verify --show-snippets false
// A subset type of non-empty sequences gets a slice that may be empty.
type NonEmpty = s: seq<int> | |s| > 0 witness [0]
method Tail(s: NonEmpty) returns (t: NonEmpty)
{
  t := s[1..];
}

// CHECK-EXIT: 4
// CHECK: neg_subset_type_seq.dfy(6,8): Error: value does not satisfy the subset constraints of 'NonEmpty'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
