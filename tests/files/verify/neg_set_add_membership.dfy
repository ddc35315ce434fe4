// RUN: verify --show-snippets false
// After adding y to the set, membership of another value is claimed.
method M(s: set<int>, x: int, y: int)
  requires x !in s
{
  var t := s + {y};
  assert y in t;
  assert x in t;
}

// CHECK-EXIT: 4
// CHECK: neg_set_add_membership.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
