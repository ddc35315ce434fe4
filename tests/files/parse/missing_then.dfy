// RUN: resolve --show-snippets false
function Max(a: int, b: int): int
{
  if a < b b else a
}

// CHECK-EXIT: 2
// CHECK: missing_then.dfy(4,11): Error: then expected
// CHECK: 1 parse errors detected in missing_then.dfy
