// RUN: verify --show-snippets false
// A nested quantifier claim that fails for the largest element.
method M(s: seq<int>)
  requires |s| > 0
{
  assert forall i :: 0 <= i < |s| ==> exists j :: 0 <= j < |s| && s[j] > s[i];
}

// CHECK-EXIT: 4
// CHECK: neg_nested_quantifier.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
