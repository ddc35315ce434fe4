// RUN: verify --show-snippets false
// After appending, membership of an arbitrary value is asserted.
method M(s: seq<int>, x: int, y: int) {
  var t := s + [x];
  assert x in t;
  assert y in t;
}

// CHECK-EXIT: 4
// CHECK: neg_seq_contains_after_append.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
