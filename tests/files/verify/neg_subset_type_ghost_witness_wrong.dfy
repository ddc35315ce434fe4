// RUN: verify --show-snippets false
// The ghost witness does not satisfy the constraint.
type Big = x: int | x > 1000 ghost witness 999

// CHECK-EXIT: 4
// CHECK: neg_subset_type_ghost_witness_wrong.dfy(3,43): Error: the given witness expression might not satisfy constraint
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
