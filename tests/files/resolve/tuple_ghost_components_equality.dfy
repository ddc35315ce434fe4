// RUN: resolve --show-snippets false
// A tuple type with ghost components does not support equality (a datatype with ghost
// formals, in Dafny). Checked against Dafny 4.11.
method Equality(t: (ghost int, int), p: (int, int)) returns (b: bool) {
  b := t == (ghost 0, 2);
  b := p == (1, 2);
  var s: set<(int, ghost int)> := {};
}

// CHECK-EXIT: 2
// CHECK: tuple_ghost_components_equality.dfy(5,7): Error: == can only be applied to expressions of types that support equality (got (ghost int, int))
// CHECK: tuple_ghost_components_equality.dfy(7,6): Error: set argument type must support equality (got (int, ghost int))
// CHECK: tuple_ghost_components_equality.dfy(7,34): Error: set argument type must support equality (got (int, ghost int))
// CHECK: 3 resolution/type errors detected in tuple_ghost_components_equality.dfy
