// RUN: resolve --show-snippets false
// A field may be redeclared only to make it ghost.
abstract module A {
  class C {
    var x: int
  }
}
module B refines A {
  class C ... {
    var x: int
  }
}

// CHECK-EXIT: 2
// CHECK: refine_field_ghost.dfy(10,8): Error: a field re-declaration (x) must be to add 'ghost' to the field declaration
// CHECK: 1 resolution/type errors detected in refine_field_ghost.dfy
