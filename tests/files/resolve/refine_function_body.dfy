// RUN: resolve --show-snippets false
// A refining function may give a body only to a function that has none.
abstract module A {
  function F(x: int): int { x }
}
module B refines A {
  function F(x: int): int { x + 1 }
}

// CHECK-EXIT: 2
// CHECK: refine_function_body.dfy(7,11): Error: a refining function is not allowed to extend/change the body
// CHECK: 1 resolution/type errors detected in refine_function_body.dfy
