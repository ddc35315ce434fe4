// RUN: verify --show-snippets false
// A value outside the subset type's range.
type Digit = x: int | 0 <= x < 10
method M(d: Digit) returns (e: Digit)
{
  e := d + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_subset_type_assign.dfy(6,9): Error: value does not satisfy the subset constraints of 'Digit'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
