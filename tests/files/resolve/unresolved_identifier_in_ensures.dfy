// RUN: resolve --show-snippets false
method Inc(n: int) returns (r: int)
  ensures r == m + 1
{
  r := n + 1;
}

// CHECK-EXIT: 2
// CHECK: unresolved_identifier_in_ensures.dfy(3,15): Error: unresolved identifier: m
// CHECK: 1 resolution/type errors detected in unresolved_identifier_in_ensures.dfy
