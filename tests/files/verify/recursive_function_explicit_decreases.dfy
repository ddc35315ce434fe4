// RUN: verify --show-snippets false
function F(n: int, m: int): int
  decreases m
{
  if n <= 0 then 0 else F(n - 1, m + 1)
}

// CHECK-EXIT: 4
// CHECK: recursive_function_explicit_decreases.dfy(5,25): Error: decreases clause might not decrease
// CHECK: recursive_function_explicit_decreases.dfy(5,25): Error: decreases expression must be bounded below by 0
// CHECK: recursive_function_explicit_decreases.dfy(3,12): Related location: this decreases clause was not satisfied
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
