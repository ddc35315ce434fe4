// RUN: verify --show-snippets false
// A multiset count that is off by one.
method M() {
  var m := multiset{1, 1, 2};
  assert m[1] == 2;
  assert m[2] == 2;
}

// CHECK-EXIT: 4
// CHECK: neg_multiset_count.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
