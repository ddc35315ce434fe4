// RUN: verify --show-snippets false
// Converting an arbitrary int to a newtype.
newtype int8 = x: int | -128 <= x < 128
method Conv(x: int) returns (y: int8)
  requires x < 128
{
  y := x as int8;
}

// CHECK-EXIT: 4
// CHECK: neg_newtype_conversion.dfy(7,9): Error: result of operation might violate newtype constraint for 'int8'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
