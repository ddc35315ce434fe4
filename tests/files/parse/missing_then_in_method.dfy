// RUN: resolve --show-snippets false
method Max(a: int, b: int) returns (m: int)
{
  m := if a < b b else a;
}

// CHECK-EXIT: 2
// CHECK: missing_then_in_method.dfy(4,16): Error: then expected
// CHECK: 1 parse errors detected in missing_then_in_method.dfy
