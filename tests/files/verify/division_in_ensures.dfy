// RUN: verify --show-snippets false
method Scale(x: int) returns (r: int)
  ensures r == 100 / x
{
  r := 100 / x;
}

// CHECK-EXIT: 4
// CHECK: division_in_ensures.dfy(3,19): Error: possible division by zero
// CHECK: division_in_ensures.dfy(5,11): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
