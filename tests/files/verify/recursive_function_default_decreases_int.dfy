// RUN: verify --show-snippets false
function Sum(n: int): int
{
  if n == 0 then 0 else n + Sum(n - 1)
}

// CHECK-EXIT: 4
// CHECK: recursive_function_default_decreases_int.dfy(4,31): Error: decreases expression must be bounded below by 0
// CHECK: recursive_function_default_decreases_int.dfy(2,13): Related location: this decreases clause was not satisfied
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
