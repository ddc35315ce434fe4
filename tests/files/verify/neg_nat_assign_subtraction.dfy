// RUN: verify --show-snippets false
// Subtracting may take a nat below zero.
method Dec(n: nat) returns (m: nat)
{
  m := n - 1;
}

// CHECK-EXIT: 4
// CHECK: neg_nat_assign_subtraction.dfy(5,9): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
