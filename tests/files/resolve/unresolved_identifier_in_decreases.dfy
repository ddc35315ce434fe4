// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(n: nat): nat
  decreases m
{
  0
}

// CHECK-EXIT: 2
// CHECK: unresolved_identifier_in_decreases.dfy(4,12): Error: unresolved identifier: m
// CHECK: 1 resolution/type errors detected in unresolved_identifier_in_decreases.dfy
