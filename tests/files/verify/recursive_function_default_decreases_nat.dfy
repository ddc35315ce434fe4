// RUN: verify --show-snippets false
function Up(n: nat): nat
{
  if n > 100 then n else Up(n + 1)
}

// CHECK-EXIT: 4
// CHECK: recursive_function_default_decreases_nat.dfy(4,27): Error: cannot prove termination; try supplying a decreases clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
