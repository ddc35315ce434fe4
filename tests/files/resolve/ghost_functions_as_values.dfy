// RUN: resolve --show-snippets false
// A ghost function used as a value in compiled code (`[GF]`, `c.M`) is Dafny's "a ghost
// function is allowed only in specification contexts" (its kind as Dafny names it: a twostate
// function or an extreme predicate without "ghost"), and a local it initializes is ghost; dfyc
// let it through and the C++ compiler failed on a lambda calling the erased function. A ghost
// const is a "ghost const field" in the message for a ghost member. The expected errors are
// Dafny 4.11's, word for word and at its positions (`dafny resolve`).
ghost function GF(x: int): int { x }
ghost predicate GP(x: int) { x > 0 }
least predicate LP(x: int) { x > 0 || LP(x + 1) }
twostate function TF(x: int): int { x }
predicate P(ghost x: int, y: int) { y > 0 }
ghost const GK: int := 2
class C {
  ghost var f: int
  ghost const g: int
  ghost function M(x: int): int { x }
  constructor() {}
}
method Main() {
  var a := [GF];
  var b := [P];
  print a, b, "\n";
  print [GF], [P], [GP], [LP], [TF], "\n";
  var c := new C();
  print [c.M], "\n";
  print GK, c.f, c.g, "\n";
  ghost var ok := [GF, GF];
  var fine := GF(1) == 1;
}

// CHECK-EXIT: 2
// CHECK: ghost_functions_as_values.dfy(23,8): Error: ghost variables such as a are allowed only in specification contexts. a was inferred to be ghost based on its declaration or initialization.
// CHECK: ghost_functions_as_values.dfy(23,11): Error: ghost variables such as b are allowed only in specification contexts. b was inferred to be ghost based on its declaration or initialization.
// CHECK: ghost_functions_as_values.dfy(24,9): Error: a ghost function is allowed only in specification contexts
// CHECK: ghost_functions_as_values.dfy(24,15): Error: a predicate with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_functions_as_values.dfy(24,20): Error: a ghost predicate is allowed only in specification contexts
// CHECK: ghost_functions_as_values.dfy(24,26): Error: a least predicate is allowed only in specification contexts
// CHECK: ghost_functions_as_values.dfy(24,32): Error: a twostate function is allowed only in specification contexts
// CHECK: ghost_functions_as_values.dfy(26,11): Error: a ghost function is allowed only in specification contexts
// CHECK: ghost_functions_as_values.dfy(27,8): Error: a ghost const field is allowed only in specification contexts
// CHECK: ghost_functions_as_values.dfy(27,14): Error: a ghost field is allowed only in specification contexts
// CHECK: ghost_functions_as_values.dfy(27,19): Error: a ghost const field is allowed only in specification contexts
// CHECK: 11 resolution/type errors detected in ghost_functions_as_values.dfy
