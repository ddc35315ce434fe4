// RUN: verify --show-snippets false
// The explicit decreases expression is an int that can be negative.
function F(x: int): int
  decreases x
{
  if x == 0 then 0 else F(x - 1)
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_explicit_decreases_bounded.dfy(6,25): Error: decreases expression must be bounded below by 0
// CHECK: neg_recursion_explicit_decreases_bounded.dfy(4,12): Related location: this decreases clause was not satisfied
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
