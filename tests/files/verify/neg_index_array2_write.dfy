// RUN: verify --show-snippets false
// Writing a two-dimensional array with the dimensions swapped.
method Transpose(m: array2<int>, i: nat, j: nat)
  requires i < m.Length0 && j < m.Length1
  modifies m
{
  m[j, i] := 0;
}

// CHECK-EXIT: 4
// CHECK: neg_index_array2_write.dfy(7,4): Error: index 0 out of range
// CHECK: neg_index_array2_write.dfy(7,7): Error: index 1 out of range
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 2 errors
