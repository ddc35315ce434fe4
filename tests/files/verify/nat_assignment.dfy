// RUN: verify --show-snippets false
method M(x: int) returns (n: nat)
  requires x > -5
{
  n := x + 3;
}

// CHECK-EXIT: 4
// CHECK: nat_assignment.dfy(5,9): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
