// RUN: verify --show-snippets false
// A newtype whose witness is outside its constraint.
newtype Even = x: int | x % 2 == 0 witness 1

// CHECK-EXIT: 4
// CHECK: neg_newtype_witness.dfy(3,43): Error: the given witness expression might not satisfy constraint
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
