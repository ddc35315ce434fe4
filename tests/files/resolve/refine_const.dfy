// RUN: resolve --show-snippets false
// A const may be redeclared to give it a value, not to change its value.
abstract module A {
  const N: int := 3
}
module B refines A {
  const N: int := 4
}

// CHECK-EXIT: 2
// CHECK: refine_const.dfy(7,8): Error: a const re-declaration (N) can give an initializing expression only if the const in the refinement base does not
// CHECK: 1 resolution/type errors detected in refine_const.dfy
