// RUN: verify --show-snippets false
// A prefix slice of an array whose bound may be beyond its length.
method M(a: array<int>, n: nat) returns (s: seq<int>)
  requires n <= a.Length + 1
{
  s := a[..n];
}

// CHECK-EXIT: 4
// CHECK: neg_array_slice_prefix_bound.dfy(6,8): Error: upper bound below lower bound or above length of array
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
