// RUN: verify --show-snippets false --allow-warnings
// A caller passes an unsorted sequence to a method requiring a sorted one.
predicate Sorted(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}
method BinarySearch(s: seq<int>, x: int) returns (found: bool)
  requires Sorted(s)
{
  found := x in s;
}
method M(s: seq<int>) returns (b: bool)
{
  b := BinarySearch(s + [0], 3);
}

// CHECK-EXIT: 4
// CHECK: neg_predicate_in_requires_caller.dfy(14,19): Error: a precondition for this call could not be proved
// CHECK: neg_predicate_in_requires_caller.dfy(8,17): Related location: this is the precondition that could not be proved
// CHECK: neg_predicate_in_requires_caller.dfy(5,2): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
