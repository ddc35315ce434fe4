// RUN: verify --show-snippets false
// A possibly negative int is passed for a nat parameter.
method Take(n: nat) {}
method M(x: int) {
  Take(x + 1);
}

// CHECK-EXIT: 4
// CHECK: neg_nat_call_argument.dfy(5,9): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
