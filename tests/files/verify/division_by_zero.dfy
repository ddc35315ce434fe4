// RUN: verify --show-snippets false
method Avg(total: int, count: int) returns (a: int)
  requires count >= 0
{
  a := total / count;
}

// CHECK-EXIT: 4
// CHECK: division_by_zero.dfy(5,13): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
