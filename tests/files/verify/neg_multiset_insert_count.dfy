// RUN: verify --show-snippets false
// Adding an element twice to a multiset; the count is misstated.
method M(m: multiset<int>, x: int) {
  var n := m + multiset{x, x};
  assert n[x] == m[x] + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_multiset_insert_count.dfy(5,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
