// RUN: verify --show-snippets false
// An array slice with a lower bound past the length.
method M(a: array<int>, k: nat) returns (s: seq<int>)
{
  s := a[k..];
}

// CHECK-EXIT: 4
// CHECK: neg_slice_array_lower.dfy(5,8): Error: lower bound out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
