// RUN: verify --show-snippets false
// The loop writes the wrong value, breaking the invariant about the prefix.
method Fill(a: array<int>, v: int)
  modifies a
{
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
    invariant forall k :: 0 <= k < i ==> a[k] == v
  {
    a[i] := v + 1;
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_invariant_maintained_array.dfy(9,14): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
