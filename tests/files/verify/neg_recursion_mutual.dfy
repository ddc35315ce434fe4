// RUN: verify --show-snippets false
// Mutual recursion in which one call passes its argument unchanged.
function IsEven(n: nat): bool
{
  if n == 0 then true else IsOdd(n)
}
function IsOdd(n: nat): bool
{
  if n == 0 then false else IsEven(n - 1)
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_mutual.dfy(5,32): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
