// RUN: verify --show-snippets false
// The second index of a two-dimensional array is out of range.
method M(m: array2<int>, i: nat, j: nat)
  requires i < m.Length0 && j <= m.Length1
{
  var x := m[i, j];
}

// CHECK-EXIT: 4
// CHECK: neg_index_array2_second.dfy(6,16): Error: index 1 out of range
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
