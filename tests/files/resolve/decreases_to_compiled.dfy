// RUN: resolve --show-snippets false
// A `decreases to` expression is ghost: Dafny 4.11's error where compiled code uses one (its
// output, `dafny resolve --show-snippets false`), at the keyword. Ghost functions, specifications
// and ghost variables may. (Dafny 4.11 crashes on a let or an untyped local initialized with
// one, in UsesSpecFeatures; dfyc makes such a variable ghost, as for old(...).)
method M(x: int) returns (r: bool)
  ensures r == (x decreases to x - 1)
{
  r := x decreases to x - 1;
  ghost var g := (x, 0 nonincreases to x);
  assert g;
}
method N(x: int) {
  print (x, 1 nonincreases to x, 2), "\n";
}
function F(x: int): bool {
  x decreases to 0
}
ghost function G(x: int): bool {
  x decreases to 0
}

// CHECK-EXIT: 2
// CHECK: decreases_to_compiled.dfy(9,9): Error: a `decreases to` expression is allowed only in specification and ghost contexts
// CHECK: decreases_to_compiled.dfy(14,14): Error: a `decreases to` expression is allowed only in specification and ghost contexts
// CHECK: decreases_to_compiled.dfy(17,4): Error: a `decreases to` expression is allowed only in specification and ghost contexts
// CHECK: 3 resolution/type errors detected in decreases_to_compiled.dfy
