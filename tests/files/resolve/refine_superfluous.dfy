// RUN: resolve --show-snippets false
// A `...` declaration in a module that refines nothing.
module A {
  method M...
  {
  }
}

// CHECK-EXIT: 2
// CHECK: refine_superfluous.dfy(4,9): Error: method signature can be omitted only in refining methods
// CHECK: 1 resolution/type errors detected in refine_superfluous.dfy
