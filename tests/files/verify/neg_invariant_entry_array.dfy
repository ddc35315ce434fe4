// RUN: verify --show-snippets false
// The invariant mentions every element before i, but the array has no known contents.
method Zero(a: array<int>)
  modifies a
{
  var i := 1;
  while i < a.Length
    invariant 1 <= i
    invariant forall k :: 0 <= k < i && k < a.Length ==> a[k] == 0
  {
    a[i] := 0;
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_invariant_entry_array.dfy(9,14): Error: this loop invariant could not be proved on entry
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
