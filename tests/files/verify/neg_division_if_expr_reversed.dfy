// RUN: verify --show-snippets false
// The conditional expression divides in the branch where the divisor is zero.
function SafeDiv(a: int, b: int): int
{
  if b == 0 then a / b else 0
}

// CHECK-EXIT: 4
// CHECK: neg_division_if_expr_reversed.dfy(5,19): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
