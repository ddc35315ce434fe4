// RUN: verify --show-snippets false
// Adding two bytes may overflow the newtype.
newtype byte = x: int | 0 <= x < 256
method Add(a: byte, b: byte) returns (c: byte)
{
  c := a + b;
}

// CHECK-EXIT: 4
// CHECK: neg_newtype_add_overflow.dfy(6,9): Error: result of operation might violate newtype constraint for 'byte'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
