// RUN: verify --show-snippets false
// A sequence of nat built from a function that returns -1 at index 0.
method M(n: nat) returns (s: seq<nat>)
{
  s := seq(n, i => i - 1);
}

// CHECK-EXIT: 4
// CHECK: neg_seq_nat_comprehension.dfy(5,7): Error: value of expression (of type 'seq<int>') is not known to be an instance of type 'seq<nat>'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
