// RUN: verify --show-snippets false
// Converting a char code back to a char may overflow the range of char.
method Shift(c: char, k: nat) returns (d: char)
{
  d := (c as int + k) as char;
}

// CHECK-EXIT: 4
// CHECK: neg_char_arith_conversion.dfy(5,22): Error: value to be converted might not fit in char
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
