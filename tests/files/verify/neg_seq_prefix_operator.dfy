// RUN: verify --show-snippets false
// A claim that a sequence is a proper prefix of itself.
method M(s: seq<int>) {
  assert s <= s;
  assert s < s + [];
}

// CHECK-EXIT: 4
// CHECK: neg_seq_prefix_operator.dfy(5,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
