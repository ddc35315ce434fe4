// RUN: verify --show-snippets false
// The cardinality of a set union is misjudged.
method M(a: set<int>, b: set<int>) {
  assert |a + b| == |a| + |b|;
}

// CHECK-EXIT: 4
// CHECK: neg_set_cardinality.dfy(4,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
