// RUN: verify --show-snippets false
// A forall statement assigning to locations that may collide.
// Expected output recorded from Dafny 4.11 (formerly in MISMATCHES.md).
method M(a: array<int>)
  requires a.Length > 0
  modifies a
{
  forall i | 0 <= i < a.Length {
    a[i / 2] := i;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_forall_same_location.dfy(9,13): Error: left-hand sides for different forall-statement bound variables might refer to the same location (and right-hand sides might not be equivalent)
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
