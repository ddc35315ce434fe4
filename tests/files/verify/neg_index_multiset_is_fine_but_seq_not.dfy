// RUN: verify --show-snippets false
// Multiset multiplicity needs no bounds; the sequence index does.
method M(s: seq<int>, k: int) returns (n: nat) {
  n := multiset(s)[k];
  var x := s[n];
}

// CHECK-EXIT: 4
// CHECK: neg_index_multiset_is_fine_but_seq_not.dfy(5,12): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
