// RUN: verify --show-snippets false
// An element of the whole sequence need not be in a suffix.
method M(s: seq<int>, x: int)
  requires x in s
{
  assert x in s[1..];
}

// CHECK-EXIT: 4
// CHECK: neg_seq_membership_after_slice.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
