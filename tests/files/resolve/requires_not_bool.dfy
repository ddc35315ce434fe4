// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int)
  requires x + 1
{
}

// CHECK-EXIT: 2
// CHECK: requires_not_bool.dfy(4,13): Error: Precondition must be a boolean (got int)
// CHECK: 1 resolution/type errors detected in requires_not_bool.dfy
