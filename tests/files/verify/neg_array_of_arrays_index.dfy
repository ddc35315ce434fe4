// RUN: verify --show-snippets false
// The inner array of an array of arrays may be too short.
// Expected output recorded from Dafny 4.11 (formerly in MISMATCHES.md).
method M(a: array<array<int>>) returns (x: int)
  requires a.Length > 0
{
  x := a[0][0];
}

// CHECK-EXIT: 4
// CHECK: neg_array_of_arrays_index.dfy(7,11): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
