// RUN: resolve --show-snippets false
// A function with a ghost parameter used as a value is ghost, as in Dafny: a local it
// initializes is inferred ghost (so printing it is an error), and passing it where compiled
// code needs a value is Dafny's "a function with ghost parameters can be used as a value only in
// specification contexts", at the function's name (the member's, for C.S and d.Add). Calls of
// such functions, and their values in ghost code, are fine. The expected errors are Dafny
// 4.11's, word for word and at its positions (`dafny resolve`).
function F(ghost g: int, x: int): int { x + 1 }
function G<T>(ghost g: T, x: T, ghost h: nat): seq<T> { [x, x] }
function NoGhost(x: int, y: int): int { x + y }
class C {
  var k: int
  constructor(k: int) { this.k := k; }
  static function S(x: int, ghost y: int): int { x * 10 }
  function I(ghost y: int, x: int): int reads this { x + k }
}
datatype D = D(n: int) {
  function Add(ghost u: int, m: int): int { n + m }
  static function Twice(ghost u: bool, m: int): int { 2 * m }
}
function Apply<A>(h: (A, int) -> int, x: int, a: A): int { h(a, x) }
function H(): int { Apply(F, 1, 0) }
function K(): (int, int) -> int { F }
ghost function GH(): int { Apply(F, 1, 0) }

method Main() {
  var f := F;
  print f(0, 2), "\n";
  print Apply(F, 41, 0), "\n";
  print Apply(C.S, 41, 0), "\n";
  var c := new C(7);
  print Apply(c.I, 41, 0), "\n";
  var d := D(3);
  print Apply(d.Add, 41, 0), "\n";
  print Apply(D.Twice, 41, false), "\n";
  var s := [G<int>];
  print |s|, "\n";
  var ok := F(1, 2) + c.I(0, 1) + d.Add(0, 1) + C.S(1, 0);
  ghost var gf := F;
  var n := NoGhost;
  print ok, " ", n(1, 2), " ", Apply(NoGhost, 1, 2), "\n";
  var l := (x: int) => Apply(F, x, 0);
  print H(), l(1), "\n";
  var t := (F, 1);
  print t.1, "\n";
}

// CHECK-EXIT: 2
// CHECK: ghost_parameter_function_values.dfy(22,26): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_parameter_function_values.dfy(23,34): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_parameter_function_values.dfy(28,8): Error: ghost variables such as f are allowed only in specification contexts. f was inferred to be ghost based on its declaration or initialization.
// CHECK: ghost_parameter_function_values.dfy(29,14): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_parameter_function_values.dfy(30,16): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_parameter_function_values.dfy(32,16): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_parameter_function_values.dfy(34,16): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_parameter_function_values.dfy(35,16): Error: a function with ghost parameters can be used as a value only in specification contexts
// CHECK: ghost_parameter_function_values.dfy(37,9): Error: ghost variables such as s are allowed only in specification contexts. s was inferred to be ghost based on its declaration or initialization.
// CHECK: ghost_parameter_function_values.dfy(43,13): Error: ghost variables such as l are allowed only in specification contexts. l was inferred to be ghost based on its declaration or initialization.
// CHECK: ghost_parameter_function_values.dfy(45,8): Error: ghost variables such as t are allowed only in specification contexts. t was inferred to be ghost based on its declaration or initialization.
// CHECK: 11 resolution/type errors detected in ghost_parameter_function_values.dfy
