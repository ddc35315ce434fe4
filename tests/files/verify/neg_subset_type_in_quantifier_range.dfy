// RUN: verify --show-snippets false
// A subset type whose constraint mentions a quantifier; an assigned sequence violates it.
type Sorted = s: seq<int> | forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
method M() returns (s: Sorted) {
  s := [1, 3, 2];
}

// CHECK-EXIT: 4
// CHECK: neg_subset_type_in_quantifier_range.dfy(5,7): Error: value does not satisfy the subset constraints of 'Sorted'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
