// RUN: verify --show-snippets false
// An element removed from a set is claimed to remain.
method M(s: set<int>, x: int)
  requires x in s
{
  var t := s - {x};
  assert x in t;
}

// CHECK-EXIT: 4
// CHECK: neg_set_difference.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
