// RUN: verify --show-snippets false
// The asserted set inclusion is false.
method M(a: set<int>, b: set<int>)
  requires a <= b
{
  var c := a + {0};
  assert c <= b;
}

// CHECK-EXIT: 4
// CHECK: neg_assertion_set_subset.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
