// RUN: resolve --show-snippets false
method M(x: int) returns (y: int)
{
  y := x + z;
}

// CHECK-EXIT: 2
// CHECK: unresolved_identifier.dfy(4,11): Error: unresolved identifier: z
// CHECK: 1 resolution/type errors detected in unresolved_identifier.dfy
