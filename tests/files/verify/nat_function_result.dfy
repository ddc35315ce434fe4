// RUN: verify --show-snippets false
function Dist(a: int, b: int): nat
{
  a - b
}

// CHECK-EXIT: 4
// CHECK: nat_function_result.dfy(4,4): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
