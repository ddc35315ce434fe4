// RUN: resolve --show-snippets false
method M(n: int) returns (r: int)
{
  r := n;
  while r {
    r := r - 1;
  }
}

// CHECK-EXIT: 2
// CHECK: type_mismatch_while_guard.dfy(5,8): Error: condition is expected to be of type bool, but is int
// CHECK: 1 resolution/type errors detected in type_mismatch_while_guard.dfy
