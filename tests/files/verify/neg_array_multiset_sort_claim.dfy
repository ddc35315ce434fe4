// RUN: verify --show-snippets false --allow-warnings
// Sorting three elements in an array; one comparison swaps the wrong pair.
method Sort3(a: array<int>)
  requires a.Length == 3
  modifies a
  ensures a[0] <= a[1] <= a[2]
{
  if a[0] > a[1] { a[0], a[1] := a[1], a[0]; }
  if a[1] > a[2] { a[1], a[2] := a[2], a[1]; }
}

// CHECK-EXIT: 4
// CHECK: neg_array_multiset_sort_claim.dfy(9,17): Error: a postcondition could not be proved on this return path
// CHECK: neg_array_multiset_sort_claim.dfy(6,15): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
