// RUN: verify --show-snippets false
// Updating one element; the claim about another element is wrong.
method M(s: seq<int>, i: nat, j: nat)
  requires i < |s| && j < |s|
{
  var t := s[i := 42];
  assert t[i] == 42;
  assert t[j] == s[j];
}

// CHECK-EXIT: 4
// CHECK: neg_seq_update_postcondition.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
