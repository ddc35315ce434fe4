// RUN: verify --show-snippets false
// A sequence built with seq(n, f) has length n, not n + 1.
method M(n: nat) {
  var s := seq(n, i => i * 2);
  assert |s| == n;
  assert |s| == n + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_seq_comprehension_length.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
