// RUN: verify --show-snippets false
// A newtype whose base comes from its constraint may name a const without a type: the const is
// resolved first. The literal 10 is an N here, which the constraint does not allow.
const MAX := 10
newtype N = x | 0 <= x < MAX
method M() { var n: N := 3; assert n < 10; }

// CHECK-EXIT: 4
// CHECK: const_in_newtype_constraint.dfy(6,39): Error: result of operation might violate newtype constraint for 'N'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
