// RUN: verify --show-snippets false --allow-warnings
// The postcondition claims every element grew, but the loop misses the last one.
method IncAll(a: array<int>)
  modifies a
  ensures forall i :: 0 <= i < a.Length ==> a[i] == old(a[i]) + 1
{
  var i := 0;
  while i < a.Length - 1
    invariant 0 <= i <= a.Length
    invariant forall k :: 0 <= k < i ==> a[k] == old(a[k]) + 1
    invariant forall k :: i <= k < a.Length ==> a[k] == old(a[k])
  {
    a[i] := a[i] + 1;
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_old_in_postcondition_array.dfy(8,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_old_in_postcondition_array.dfy(5,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
