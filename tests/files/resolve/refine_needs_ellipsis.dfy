// RUN: resolve --show-snippets false
// Redeclaring a class of the refined module needs `class C ...`.
abstract module A {
  class C {
    var x: int
  }
}
module B refines A {
  class C {
    var y: int
  }
}

// CHECK-EXIT: 2
// CHECK: refine_needs_ellipsis.dfy(9,8): Error: to redeclare and refine declaration 'C' from module 'A', you must use the refining (`...`) notation
// CHECK: 1 resolution/type errors detected in refine_needs_ellipsis.dfy
