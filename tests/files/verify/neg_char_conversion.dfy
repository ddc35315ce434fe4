// RUN: verify --show-snippets false
// An int converted to char may be out of range.
method M(x: int) returns (c: char)
  requires x >= 0
{
  c := x as char;
}

// CHECK-EXIT: 4
// CHECK: neg_char_conversion.dfy(6,9): Error: value to be converted might not fit in char
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
