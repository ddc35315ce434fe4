// RUN: verify --show-snippets false --allow-warnings
// A predicate is asserted for an argument that falsifies it.
predicate Sorted(s: seq<int>)
{
  forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
}
method M() {
  assert Sorted([1, 2, 3]);
  assert Sorted([1, 3, 2]);
}

// CHECK-EXIT: 4
// CHECK: neg_predicate_call_assert.dfy(9,15): Error: assertion might not hold
// CHECK: neg_predicate_call_assert.dfy(5,2): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
