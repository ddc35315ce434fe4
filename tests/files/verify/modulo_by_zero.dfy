// RUN: verify --show-snippets false
function Rem(a: int, b: int): int
{
  a % b
}

// CHECK-EXIT: 4
// CHECK: modulo_by_zero.dfy(4,4): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
