// RUN: resolve --show-snippets false
method M(n: int, b: bool) returns (r: int)
{
  r := n + b;
}

// CHECK-EXIT: 2
// CHECK: type_mismatch_arithmetic.dfy(4,9): Error: type of right argument to + (bool) must agree with the result type (int)
// CHECK: 1 resolution/type errors detected in type_mismatch_arithmetic.dfy
