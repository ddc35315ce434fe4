// RUN: verify --show-snippets false
// Indexing a sequence of pairs and reading the wrong component.
method M() {
  var ps := [(1, 'a'), (2, 'b')];
  assert ps[1].0 == 2;
  assert ps[1].1 == 'a';
}

// CHECK-EXIT: 4
// CHECK: neg_tuple_in_seq.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
