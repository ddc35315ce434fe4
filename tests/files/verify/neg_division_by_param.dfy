// RUN: verify --show-snippets false
// Dividing by a parameter that may be zero.
method Avg(sum: int, n: int) returns (a: int)
  requires n >= 0
{
  a := sum / n;
}

// CHECK-EXIT: 4
// CHECK: neg_division_by_param.dfy(6,11): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
