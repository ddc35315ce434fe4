// RUN: verify --show-snippets false
// The claim about the length of a drop is off by one.
method M(s: seq<int>, n: nat)
  requires n <= |s|
{
  assert |s[..n]| == n;
  assert |s[n..]| == |s| - n + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_seq_take_drop_assert.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
