// RUN: verify --show-snippets false
// A function takes a remainder by a value that may be zero.
function Mod(a: int, b: int): int
{
  a % b
}

// CHECK-EXIT: 4
// CHECK: neg_division_modulo_in_function.dfy(5,4): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
