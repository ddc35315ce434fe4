// RUN: verify --show-snippets false
// Multiplying two values of a newtype overflows its range.
newtype small = x: int | 0 <= x < 100
method Square(a: small) returns (b: small)
  requires a < 11
{
  b := a * a;
}

// CHECK-EXIT: 4
// CHECK: neg_newtype_literal_in_range_but_mul.dfy(7,9): Error: result of operation might violate newtype constraint for 'small'
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
