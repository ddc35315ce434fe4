// RUN: verify --show-snippets false
// An element with multiplicity zero is claimed to be in a multiset.
method M(s: seq<int>) {
  var m := multiset(s);
  assert |m| == |s|;
  assert 0 in m;
}

// CHECK-EXIT: 4
// CHECK: neg_multiset_membership.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
