// RUN: verify --show-snippets false
// A permutation claim between sequences that differ.
method M() {
  var s := [1, 2, 3];
  var t := [3, 2, 1];
  var u := [1, 2, 2];
  assert multiset(s) == multiset(t);
  assert multiset(s) == multiset(u);
}

// CHECK-EXIT: 4
// CHECK: neg_multiset_of_seq.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
