// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(): set<int> {
  set x | 0 <= x < 3 :: x + y
}

// CHECK-EXIT: 2
// CHECK: set_comprehension_term_unresolved.dfy(4,28): Error: unresolved identifier: y
// CHECK: 1 resolution/type errors detected in set_comprehension_term_unresolved.dfy
