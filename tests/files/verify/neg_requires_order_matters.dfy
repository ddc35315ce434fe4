// RUN: verify --show-snippets false
// Preconditions are checked left to right: the second uses the first's guard in the wrong order.
method M(s: seq<int>)
  requires s[0] == 1
  requires |s| > 0
{
}

// CHECK-EXIT: 4
// CHECK: neg_requires_order_matters.dfy(4,12): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
