// RUN: verify --show-snippets false
// Asserting equal slices that differ by one element.
method M(s: seq<int>)
  requires |s| == 4
{
  assert s[..2] + s[2..] == s;
  assert s[1..3] == [s[1], s[2], s[3]];
}

// CHECK-EXIT: 4
// CHECK: neg_seq_slice_assert.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
