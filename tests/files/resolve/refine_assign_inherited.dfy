// RUN: resolve --show-snippets false
// A statement a refining body adds may not assign to a variable of the refined method.
abstract module A {
  method M(n: int) returns (r: int)
    requires n >= 0
    ensures r >= 0
  {
    var k := n;
    r :| r >= 0;
    if k > 10 {
      k := 10;
    }
    assume r + k >= 0;
  }
}
module B refines A {
  method M...
  {
    ...;
    r := k;
    if ... {
      r := r + 1;
    }
    assert ...;
  }
}

// CHECK-EXIT: 2
// CHECK: refine_assign_inherited.dfy(19,7): Warning: the ... refinement feature in statements is deprecated
// CHECK: refine_assign_inherited.dfy(21,7): Warning: the ... refinement feature in statements is deprecated
// CHECK: refine_assign_inherited.dfy(24,11): Warning: the ... refinement feature in statements is deprecated
// CHECK: refine_assign_inherited.dfy(13,4): Warning: assume statement has no {:axiom} annotation
// CHECK: refine_assign_inherited.dfy(22,6): Error: refinement method cannot assign to variable defined in parent module ('r')
// CHECK: 1 resolution/type errors detected in refine_assign_inherited.dfy
