// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(x: int): int
  requires y > 0
{
  x
}

// CHECK-EXIT: 2
// CHECK: unresolved_identifier_in_requires.dfy(4,11): Error: unresolved identifier: y
// CHECK: 1 resolution/type errors detected in unresolved_identifier_in_requires.dfy
