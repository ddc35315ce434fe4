// RUN: verify --show-snippets false
// An index of a three-dimensional array is out of range.
method M(a: array3<int>)
  requires a.Length0 > 1 && a.Length1 > 1 && a.Length2 > 1
{
  var x := a[1, 1, 1];
  var y := a[1, 1, a.Length2];
}

// CHECK-EXIT: 4
// CHECK: neg_array3_index.dfy(7,21): Error: index 2 out of range
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
