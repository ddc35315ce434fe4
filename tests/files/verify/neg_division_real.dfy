// RUN: verify --show-snippets false
// Real division by a value that may be zero.
method Ratio(x: real, y: real) returns (r: real)
  requires y >= 0.0
{
  r := x / y;
}

// CHECK-EXIT: 4
// CHECK: neg_division_real.dfy(6,9): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
