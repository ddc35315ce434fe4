// RUN: verify --show-snippets false
// A subset type used for indices; the array may be shorter than its range.
type Index = i: int | 0 <= i < 10
method M(a: array<int>, i: Index) returns (x: int)
  requires a.Length >= 9
{
  x := a[i];
}

// CHECK-EXIT: 4
// CHECK: neg_subset_index_type.dfy(7,8): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
