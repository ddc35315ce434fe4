// RUN: verify --show-snippets false
// Recursion decreasing the sum of two arguments but with an explicit clause on one of them.
function F(a: nat, b: nat): nat
  decreases a
{
  if a == 0 && b == 0 then 0
  else if b > 0 then F(a, b - 1)
  else F(a - 1, b)
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_on_sum.dfy(7,22): Error: decreases clause might not decrease
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
