// RUN: resolve --show-snippets false
method Dec(n: int) returns (r: int)
{
  n := n - 1;
  r := n;
}

// CHECK-EXIT: 2
// CHECK: assign_to_in_parameter.dfy(4,2): Error: LHS of assignment must denote a mutable variable
// CHECK: 1 resolution/type errors detected in assign_to_in_parameter.dfy
