// RUN: verify --show-snippets false
// An array slice with an upper bound past the length.
method M(a: array<int>) returns (s: seq<int>)
  requires a.Length >= 2
{
  s := a[1..a.Length + 1];
}

// CHECK-EXIT: 4
// CHECK: neg_slice_array.dfy(6,8): Error: upper bound below lower bound or above length of array
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
