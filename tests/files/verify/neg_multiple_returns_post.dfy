// RUN: verify --show-snippets false
// A method with two results; the second postcondition fails.
method MinMax(a: int, b: int) returns (lo: int, hi: int)
  ensures lo <= hi
  ensures lo == a || lo == b
  ensures hi == a + b - lo + 1
{
  if a < b { lo, hi := a, b; } else { lo, hi := b, a; }
}

// CHECK-EXIT: 4
// CHECK: neg_multiple_returns_post.dfy(7,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_multiple_returns_post.dfy(6,13): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
