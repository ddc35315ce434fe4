// RUN: verify --show-snippets false --allow-warnings
// Indexing a possibly-null array.
method Get(a: array?<int>) returns (x: int)
  requires a != null ==> a.Length > 0
{
  x := a[0];
}

// CHECK-EXIT: 4
// CHECK: neg_null_array_read.dfy(6,7): Error: array might be null
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
