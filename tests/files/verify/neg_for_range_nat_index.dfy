// RUN: verify --show-snippets false
// A for loop with a nat index starting below zero.
method M() {
  for i: nat := -1 to 5 {
  }
}

// CHECK-EXIT: 4
// CHECK: neg_for_range_nat_index.dfy(4,6): Error: entire range must be assignable to index variable, but some value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
