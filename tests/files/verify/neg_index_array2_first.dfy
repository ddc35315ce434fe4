// RUN: verify --show-snippets false
// The first index of a two-dimensional array is out of range.
method M(m: array2<int>)
  requires m.Length0 > 0 && m.Length1 > 0
{
  var x := m[0, 0];
  var y := m[m.Length0, 0];
}

// CHECK-EXIT: 4
// CHECK: neg_index_array2_first.dfy(7,15): Error: index 0 out of range
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
