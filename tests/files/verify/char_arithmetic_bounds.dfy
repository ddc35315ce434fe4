// RUN: verify --show-snippets false
// Arithmetic on chars must stay within the Unicode scalar values.
method M(c: char) returns (d: char)
{
  d := c + 1 as char;
  d := c - 1 as char;
}
method Ok(c: char) returns (d: char)
  requires c < 0xD000 as char
{
  d := c + 1 as char;
}


// CHECK-EXIT: 4
// CHECK: char_arithmetic_bounds.dfy(5,9): Error: char addition might overflow
// CHECK: char_arithmetic_bounds.dfy(6,9): Error: char subtraction might underflow
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 2 errors
