// RUN: verify --show-snippets false
// The multiplicity after a multiset difference is misjudged.
method M() {
  var a := multiset{1, 1, 1, 2};
  var b := multiset{1, 2, 2};
  var c := a - b;
  assert c[1] == 2;
  assert c[2] == 1;
}

// CHECK-EXIT: 4
// CHECK: neg_multiset_difference.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
