// RUN: verify --show-snippets false
// The size of a multiset union is misjudged.
method M(a: multiset<int>, b: multiset<int>) {
  assert |a + b| == |a| + |b|;
  assert |a - b| == |a| - |b|;
}

// CHECK-EXIT: 4
// CHECK: neg_multiset_card.dfy(5,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
