// RUN: verify --show-snippets false
// One pass of bubble sort; the invariant claims too much.
method Pass(a: array<int>)
  requires a.Length > 0
  modifies a
{
  var i := 0;
  while i < a.Length - 1
    invariant 0 <= i <= a.Length - 1
    invariant forall k :: 0 <= k < i ==> a[k] <= a[k + 1]
  {
    if a[i] > a[i + 1] { a[i], a[i + 1] := a[i + 1], a[i]; }
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_bubble_inner_invariant.dfy(10,14): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
