// RUN: resolve --show-snippets false
// Dafny 4.11's parse error for a ghost component of a parenthesized `decreases to` (its output,
// `dafny resolve --show-snippets false`).
method M(x: int) {
  assert (ghost x, 1 decreases to 0, 0);
  assert (1, ghost x nonincreases to 0);
}

// CHECK-EXIT: 2
// CHECK: decreases_to_ghost_component.dfy(5,16): Error: 'ghost' components are not allowed in `decreases to` expressions.
// CHECK: decreases_to_ghost_component.dfy(6,19): Error: 'ghost' components are not allowed in `nonincreases to` expressions.
// CHECK: 2 parse errors detected in decreases_to_ghost_component.dfy
