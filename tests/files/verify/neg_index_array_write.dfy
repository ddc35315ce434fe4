// RUN: verify --show-snippets false
// The write goes to an index that may equal the length.
method SetLast(a: array<int>, v: int)
  modifies a
{
  a[a.Length] := v;
}

// CHECK-EXIT: 4
// CHECK: neg_index_array_write.dfy(6,3): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
