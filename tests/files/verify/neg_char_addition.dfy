// RUN: verify --show-snippets false
// Char arithmetic that may leave the range of char.
method M(c: char) returns (d: char)
{
  d := c + 1 as char;
}

// CHECK-EXIT: 4
// CHECK: neg_char_addition.dfy(5,9): Error: char addition might overflow
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
