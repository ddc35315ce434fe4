// RUN: verify --show-snippets false
// An existential claim with no witness in range.
method M(s: seq<int>)
  requires |s| > 0
{
  assert exists i :: 0 <= i < |s| && s[i] > 100;
}

// CHECK-EXIT: 4
// CHECK: neg_assertion_exists.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
