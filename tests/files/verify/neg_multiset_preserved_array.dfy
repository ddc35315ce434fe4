// RUN: verify --show-snippets false
// Overwriting an element does not keep the multiset of the array's elements.
method Dup(a: array<int>)
  requires a.Length >= 2
  modifies a
  ensures multiset(a[..]) == old(multiset(a[..]))
{
  a[0] := a[1];
}

// CHECK-EXIT: 4
// CHECK: neg_multiset_preserved_array.dfy(7,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_multiset_preserved_array.dfy(6,26): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
