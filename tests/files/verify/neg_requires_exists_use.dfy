// RUN: verify --show-snippets false
// Using an existential precondition to pick a witness for a stronger claim.
method M(s: seq<int>)
  requires exists i :: 0 <= i < |s| && s[i] > 0
{
  assert s[0] > 0;
}

// CHECK-EXIT: 4
// CHECK: neg_requires_exists_use.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
