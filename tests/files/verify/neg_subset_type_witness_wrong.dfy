// RUN: verify --show-snippets false
// The witness does not satisfy the constraint.
type Odd = x: int | x % 2 == 1 witness 2

// CHECK-EXIT: 4
// CHECK: neg_subset_type_witness_wrong.dfy(3,39): Error: the given witness expression might not satisfy constraint
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
