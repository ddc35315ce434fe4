// RUN: verify --show-snippets false
// A two-variable quantifier claiming strict order where duplicates are allowed.
method M(s: seq<int>)
  requires forall i, j :: 0 <= i < j < |s| ==> s[i] <= s[j]
{
  assert forall i, j :: 0 <= i < j < |s| ==> s[i] < s[j];
}

// CHECK-EXIT: 4
// CHECK: neg_quantifier_two_vars.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
