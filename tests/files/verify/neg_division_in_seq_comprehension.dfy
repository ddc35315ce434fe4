// RUN: verify --show-snippets false
// A sequence built by dividing by each index, including zero.
method M(n: nat) returns (s: seq<int>)
{
  s := seq(n, i => 100 / i);
}

// CHECK-EXIT: 4
// CHECK: neg_division_in_seq_comprehension.dfy(5,23): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
