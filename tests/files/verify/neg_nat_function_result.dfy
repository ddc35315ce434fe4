// RUN: verify --show-snippets false
// A function declared to return nat may return a negative value.
function Diff(a: nat, b: nat): nat
{
  a - b
}

// CHECK-EXIT: 4
// CHECK: neg_nat_function_result.dfy(5,4): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
