// RUN: verify --show-snippets false
// A parallel assignment to two array elements that may be the same.
method Swap(a: array<int>, i: nat, j: nat)
  requires i < a.Length && j < a.Length
  modifies a
{
  a[i], a[j] := 1, 2;
}

// CHECK-EXIT: 4
// CHECK: neg_array_same_location.dfy(7,9): Error: when left-hand sides a[j] and a[i] refer to the same location, they must be assigned the same value
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
