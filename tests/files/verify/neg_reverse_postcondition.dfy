// RUN: verify --show-snippets false --allow-warnings
// Reversing an array: the postcondition's index is off by one.
method Reverse(a: array<int>)
  modifies a
  ensures forall i :: 0 <= i < a.Length ==> a[i] == old(a[a.Length - i])
{
  var i, j := 0, a.Length - 1;
  while i < j
    invariant 0 <= i <= j + 1 <= a.Length
    invariant i + j == a.Length - 1
    invariant forall k :: 0 <= k < i ==> a[k] == old(a[a.Length - 1 - k])
    invariant forall k :: j < k < a.Length ==> a[k] == old(a[a.Length - 1 - k])
    invariant forall k :: i <= k <= j ==> a[k] == old(a[k])
  {
    a[i], a[j] := a[j], a[i];
    i, j := i + 1, j - 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_reverse_postcondition.dfy(5,57): Error: index out of range
// CHECK: neg_reverse_postcondition.dfy(8,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_reverse_postcondition.dfy(5,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
