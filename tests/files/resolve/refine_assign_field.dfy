// RUN: resolve --show-snippets false
// A statement a refining body adds may not assign to a field of the refined module.
abstract module A {
  class C {
    var a: int
    constructor Init()
    {
      new;
      assume a == 0;
    }
  }
}
module B refines A {
  class C ... {
    constructor Init...
    {
      a := 0;
      new;
      assert ...;
    }
  }
}

// CHECK-EXIT: 2
// CHECK: refine_assign_field.dfy(19,13): Warning: the ... refinement feature in statements is deprecated
// CHECK: refine_assign_field.dfy(9,6): Warning: assume statement has no {:axiom} annotation
// CHECK: refine_assign_field.dfy(17,6): Error: refinement method cannot assign to a field defined in parent module ('a')
// CHECK: 1 resolution/type errors detected in refine_assign_field.dfy
