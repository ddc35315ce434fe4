// RUN: resolve --show-snippets false
method M(x: int) returns r: int
{
  r := x;
}

// CHECK-EXIT: 2
// CHECK: missing_returns_paren.dfy(2,25): Error: openparen expected
// CHECK: 1 parse errors detected in missing_returns_paren.dfy
