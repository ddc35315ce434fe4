// RUN: verify --show-snippets false
// Intended to swap, but the second write uses the updated value.
method Swap(a: array<int>, i: nat, j: nat)
  requires i < a.Length && j < a.Length
  modifies a
  ensures a[i] == old(a[j]) && a[j] == old(a[i])
{
  a[i] := a[j];
  a[j] := a[i];
}

// CHECK-EXIT: 4
// CHECK: neg_swap_array_wrong.dfy(7,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_swap_array_wrong.dfy(6,36): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
