// RUN: verify --show-snippets false
// A sequence constructor whose function is partial.
method M(n: nat) returns (s: seq<int>)
{
  s := seq(n, i requires i > 0 => 100 / i);
}

// CHECK-EXIT: 4
// CHECK: neg_seq_constructor_partial.dfy(5,7): Error: all sequence indices must be in the domain of the initialization function
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
