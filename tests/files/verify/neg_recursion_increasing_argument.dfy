// RUN: verify --show-snippets false
// The recursion goes up, not down.
function Up(n: int): int
{
  if n > 100 then n else Up(n + 1)
}

// CHECK-EXIT: 4
// CHECK: neg_recursion_increasing_argument.dfy(5,27): Error: cannot prove termination; try supplying a decreases clause
// CHECK: neg_recursion_increasing_argument.dfy(5,27): Error: decreases expression must be bounded below by 0
// CHECK: neg_recursion_increasing_argument.dfy(3,12): Related location: this decreases clause was not satisfied
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
