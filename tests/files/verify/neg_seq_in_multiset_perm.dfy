// RUN: verify --show-snippets false
// A swap keeps the multiset, but the claim about sequences is too strong.
method M(s: seq<int>)
  requires |s| == 2
{
  var t := [s[1], s[0]];
  assert multiset(t) == multiset(s);
  assert t == s;
}

// CHECK-EXIT: 4
// CHECK: neg_seq_in_multiset_perm.dfy(7,2): Error: assertion might not hold
// CHECK: neg_seq_in_multiset_perm.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
