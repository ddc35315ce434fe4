// RUN: verify --show-snippets false
// Dividing in a newtype; the divisor may be zero.
newtype u8 = x: int | 0 <= x < 256
method M(a: u8, b: u8) returns (c: u8)
{
  c := a / b;
}

// CHECK-EXIT: 4
// CHECK: neg_newtype_division.dfy(6,9): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
