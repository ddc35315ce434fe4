// RUN: verify --show-snippets false
// The difference of two lengths is stored in a nat.
method M(a: seq<int>, b: seq<int>) returns (d: nat)
{
  d := |a| - |b|;
}

// CHECK-EXIT: 4
// CHECK: neg_subset_nat_from_seq_length_diff.dfy(5,11): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
