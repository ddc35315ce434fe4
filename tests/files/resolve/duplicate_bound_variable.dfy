// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
predicate P() {
  forall x: int, x: int :: x == x
}

// CHECK-EXIT: 2
// CHECK: duplicate_bound_variable.dfy(4,17): Error: Duplicate bound-variable name: x
// CHECK: 1 resolution/type errors detected in duplicate_bound_variable.dfy
