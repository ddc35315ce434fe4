// RUN: verify --show-snippets false
// Two sequences with the same length and a differing element are claimed equal.
method M(s: seq<int>)
  requires |s| == 2 && s[0] == 1
{
  assert s == [1, s[1]];
  assert s == [1, 2];
}

// CHECK-EXIT: 4
// CHECK: neg_seq_equality_extensionality.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
