// RUN: resolve --show-snippets false
// Opening an import is not transitive: what B opens is not opened in C, but B's imports are
// names of B, so A.x reaches A.
module A {
  const x := 1
  function F(): int { 2 }
}
module B {
  import opened A
  const z := x
}
module C {
  import opened B
  const y := x
  const w := A.x
  const v := F()
  const u := z
}

// CHECK-EXIT: 2
// CHECK: import_opened_not_transitive.dfy(14,13): Error: unresolved identifier: x
// CHECK: import_opened_not_transitive.dfy(16,13): Error: unresolved identifier: F
// CHECK: 2 resolution/type errors detected in import_opened_not_transitive.dfy
