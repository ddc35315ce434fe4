// RUN: resolve --show-snippets false
// A refining method may not add preconditions.
abstract module A {
  method M(x: int) returns (y: int)
    ensures y >= x
}
module B refines A {
  method M(x: int) returns (y: int)
    requires x > 0
  {
    y := x;
  }
}

// CHECK-EXIT: 2
// CHECK: refine_method_requires.dfy(9,15): Error: a refining method is not allowed to add preconditions
// CHECK: 1 resolution/type errors detected in refine_method_requires.dfy
