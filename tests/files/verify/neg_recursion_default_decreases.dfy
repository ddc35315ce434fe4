// RUN: verify --show-snippets false
// The recursive call does not shrink the parameter Dafny uses by default.
function F(n: nat): nat
{
  if n == 0 then 0 else F(n)
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_default_decreases.dfy(5,25): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
