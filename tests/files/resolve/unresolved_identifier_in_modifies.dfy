// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M()
  modifies o
{
}

// CHECK-EXIT: 2
// CHECK: unresolved_identifier_in_modifies.dfy(4,11): Error: unresolved identifier: o
// CHECK: 1 resolution/type errors detected in unresolved_identifier_in_modifies.dfy
