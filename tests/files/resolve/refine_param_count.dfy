// RUN: resolve --show-snippets false
// A refining method that repeats its signature must repeat it exactly.
abstract module A {
  method M(x: int)
}
module B refines A {
  method M(x: int, y: int) {
  }
}

// CHECK-EXIT: 2
// CHECK: refine_param_count.dfy(7,9): Error: method 'M' is declared with a different number of in-parameter (2 instead of 1) than the corresponding method in the module it refines
// CHECK: 1 resolution/type errors detected in refine_param_count.dfy
