// RUN: resolve --show-snippets false
// An abstract module resolves; its body-less members are declarations (no warning).
abstract module Shapes {
  type Shape
  function Area(s: Shape): nat
  lemma AreaBound(s: Shape)
    ensures Area(s) < 100
  predicate Small(s: Shape) { Area(s) < 10 }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
