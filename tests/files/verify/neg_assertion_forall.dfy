// RUN: verify --show-snippets false
// A quantified assertion over a sequence that does not hold for all elements.
method M(s: seq<int>)
  requires forall i :: 0 <= i < |s| ==> s[i] >= 0
{
  var t := s + [-1];
  assert forall i :: 0 <= i < |t| ==> t[i] >= 0;
}

// CHECK-EXIT: 4
// CHECK: neg_assertion_forall.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
