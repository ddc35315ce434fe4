// RUN: verify --show-snippets false
// A sequence constructor with a possibly negative length.
method M(n: int) returns (s: seq<int>)
{
  s := seq(n, i => i);
}

// CHECK-EXIT: 4
// CHECK: neg_seq_constructor_negative.dfy(5,11): Error: sequence size might be negative
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
