// RUN: verify --show-snippets false
// A module-level constant of a subset type initialized outside it.
type Small = x: int | 0 <= x < 10
const Ten: Small := 10

// CHECK-EXIT: 4
// CHECK: neg_global_const_subset.dfy(4,20): Error: value does not satisfy the subset constraints of 'Small'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
