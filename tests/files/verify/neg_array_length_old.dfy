// RUN: verify --show-snippets false
// The array's length cannot change, but the claim about it is wrong.
// Expected output recorded from Dafny 4.11 (formerly in MISMATCHES.md).
method M(a: array<int>)
  requires a.Length > 2
  modifies a
  ensures a.Length == old(a.Length) - 1
{
  a[0] := 1;
}

// CHECK-EXIT: 4
// CHECK: neg_array_length_old.dfy(7,22): Warning: Argument to 'old' does not dereference the mutable heap, so this use of 'old' has no effect
// CHECK: neg_array_length_old.dfy(8,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_array_length_old.dfy(7,19): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
