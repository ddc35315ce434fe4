// RUN: resolve --show-snippets false
// Dafny's check that inference determined every type: a local, an expression, a bound variable
// or a call's type argument left undetermined is an error, each inference variable reported
// once, at its first place in Dafny's order; a generic type naming a static member needs its
// type arguments determined too. The expected errors are Dafny 4.11's, word for
// word and at its positions (`dafny resolve`).
function Empty<T>(): seq<T> { [] }
function Pair<T, U>(t: T): (T, seq<U>) { (t, []) }
function Id<T>(x: T): T { x }
method Poly<T>() returns (s: seq<T>) { s := []; }
method Nat<T>() returns (n: nat) { n := 0; }
datatype Opt<T> = None | Some(v: T)

method Main() {
  var n := |Empty()|;
  var k := Nat();
  var a := [];
  var b: seq<int> := [];
  var c;
  var d := None;
  var o: Opt<int> := None;
  var e := Pair(3);
  var g := map[];
  var h := Empty<seq>();
  var i := (x => x);
  var f := Id;  // determined by its use below
  var s := Poly();
  var q := (3, []);
  var r := |[]|;
  var t := {};
  print n, k, a, b, c, d, o, e, g, h, i, f(1), s, q, r, t, "\n";
}

class C<T> {
  static function Three(): int { 3 }
  static method Four() returns (r: int) { r := 4; }
}
datatype D<T> = D0 {
  static const K := 5
  static function Two(): int { 2 }
}

method StaticMembers() {
  var x := C.Three();
  var y := C.Four();
  var z := D.Two();
  var w := D.K;
  var v := C<int>.Three();
  print x, y, z, w, v, "\n";
}

method Frames(x: int)
  modifies {}  // a set of objects: no error
{
}

// CHECK-EXIT: 2
// CHECK: underspecified_types.dfy(15,17): Error: type parameter 'T' (inferred to be '?') in the function call to 'Empty' could not be determined
// CHECK: underspecified_types.dfy(15,17): Error: the type of this expression is underspecified
// CHECK: underspecified_types.dfy(16,11): Error: type parameter 'T' (inferred to be '?') to the method 'Nat' could not be determined
// CHECK: underspecified_types.dfy(17,6): Error: the type of this variable is underspecified
// CHECK: underspecified_types.dfy(19,6): Error: the type of this local variable is underspecified
// CHECK: underspecified_types.dfy(20,6): Error: the type of this variable is underspecified
// CHECK: underspecified_types.dfy(22,6): Error: the type of this variable is underspecified
// CHECK: underspecified_types.dfy(22,15): Error: type parameter 'U' (inferred to be '?') in the function call to 'Pair' could not be determined
// CHECK: underspecified_types.dfy(23,6): Error: the type of this variable is underspecified
// CHECK: underspecified_types.dfy(24,6): Error: the type of this variable is underspecified
// CHECK: underspecified_types.dfy(24,21): Error: type parameter 'T' (inferred to be 'seq<?>') in the function call to 'Empty' could not be determined
// CHECK: underspecified_types.dfy(25,6): Error: the type of this variable is underspecified
// CHECK: underspecified_types.dfy(25,12): Error: type of bound variable 'x' could not be determined; please specify the type explicitly
// CHECK: underspecified_types.dfy(27,6): Error: the type of this variable is underspecified
// CHECK: underspecified_types.dfy(27,11): Error: type parameter 'T' (inferred to be '?') to the method 'Poly' could not be determined
// CHECK: underspecified_types.dfy(28,6): Error: the type of this variable is underspecified
// CHECK: underspecified_types.dfy(29,12): Error: the type of this expression is underspecified
// CHECK: underspecified_types.dfy(30,6): Error: the type of this variable is underspecified
// CHECK: underspecified_types.dfy(44,11): Error: type of type parameter could not be determined; please specify the type explicitly
// CHECK: underspecified_types.dfy(44,18): Error: type parameter 'T' (inferred to be '?') in the function call to 'Three' could not be determined
// CHECK: underspecified_types.dfy(45,11): Error: type of type parameter could not be determined; please specify the type explicitly
// CHECK: underspecified_types.dfy(45,13): Error: type parameter 'T' (inferred to be '?') to the method 'Four' could not be determined
// CHECK: underspecified_types.dfy(46,11): Error: type of type parameter could not be determined; please specify the type explicitly
// CHECK: underspecified_types.dfy(46,16): Error: type parameter 'T' (inferred to be '?') in the function call to 'Two' could not be determined
// CHECK: underspecified_types.dfy(47,11): Error: type of type parameter could not be determined; please specify the type explicitly
// CHECK: 25 resolution/type errors detected in underspecified_types.dfy
