// RUN: verify --show-snippets false
// Subtracting may leave the newtype's range.
newtype u16 = x: int | 0 <= x < 65536
method Sub(a: u16, b: u16) returns (c: u16)
  requires a >= 1
{
  c := a - b;
}

// CHECK-EXIT: 4
// CHECK: neg_newtype_sub_underflow.dfy(7,9): Error: result of operation might violate newtype constraint for 'u16'
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
