// RUN: verify --show-snippets false
// A for loop fills an array; the invariant claims a different value.
method Fill(a: array<int>)
  modifies a
{
  for i := 0 to a.Length
    invariant forall k :: 0 <= k < i ==> a[k] == 1
  {
    a[i] := 2;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_for_loop_array_fill.dfy(7,14): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
