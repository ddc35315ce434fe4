// RUN: resolve --show-snippets false
// Functions have no equality: comparing two function values in compiled code (directly, in a
// tuple, in a sequence, with `in`) is Dafny's "== can only be applied to expressions of types
// that support equality", naming a function type by the arrow all function types are subset
// types of (`int ~> int`), components and elements as they are. Ghost code may compare them,
// and so may the guard of a loop whose body compiles to nothing (the loop is ghost). The
// expected errors are Dafny 4.11's, word for word and at its positions (`dafny resolve`).
type Fn = int -> int
function Inc(x: int): int { x + 1 }
function Cmp(f: int -> int, g: int -> int): bool { f == g }
ghost function GhostCmp(f: int -> int, g: int -> int): bool { f == g }
method Main() {
  var f := Inc;
  var g: int -> int := x => x + 1;
  var p: int --> int := x requires x > 0 => x;
  var h: Fn := Inc;
  if f == g { print "eq\n"; }
  var b := f != g;
  var c := p == p;
  var d := h == g;
  while f != g { }
  var t := (f, 1) == (g, 1);
  var s := [f] == [g];
  var i := f in [g];
  ghost var e := f == g;
  var empty := [f] == [];
  print b, c, d, t, s, i, empty, "\n";
}

// CHECK-EXIT: 2
// CHECK: function_equality.dfy(10,51): Error: == can only be applied to expressions of types that support equality (got int ~> int)
// CHECK: function_equality.dfy(17,5): Error: == can only be applied to expressions of types that support equality (got int ~> int)
// CHECK: function_equality.dfy(18,11): Error: != can only be applied to expressions of types that support equality (got int ~> int)
// CHECK: function_equality.dfy(19,11): Error: == can only be applied to expressions of types that support equality (got int ~> int)
// CHECK: function_equality.dfy(20,11): Error: == can only be applied to expressions of types that support equality (got int ~> int)
// CHECK: function_equality.dfy(22,11): Error: == can only be applied to expressions of types that support equality (got (int -> int, int))
// CHECK: function_equality.dfy(23,11): Error: == can only be applied to expressions of types that support equality (got seq<int -> int>)
// CHECK: function_equality.dfy(24,16): Error: in can only be applied to expressions of sequence types that support equality (got seq<int -> int>)
// CHECK: 8 resolution/type errors detected in function_equality.dfy
