// RUN: resolve --show-snippets false
method M(n: int, b: bool) returns (r: int)
{
  r := n + b;
}

// CHECK-EXIT: 2
// CHECK: type_mismatch_arithmetic.dfy(4,9): Error: arguments to + must be of a numeric type (instead got int and bool)
// CHECK: 1 resolution/type errors detected in type_mismatch_arithmetic.dfy
