// RUN: resolve --dump-types
// The types of type tests (with the type they test), `new object`, RotateLeft and RotateRight,
// and a generic class allocated without type arguments (Box<string> from its constructor's
// argument), as Dafny 4.11's /rprint shows them.
trait G<X> { }
class E<X> extends G<X> { }
class Box<T> {
  var v: T
  constructor(x: T) { v := x; }
}
method M(g: G<int>, x: bv8) {
  var a := g is E<int>;
  var o := new object;
  var r := x.RotateLeft(3);
  var b := new Box("x");
}

// CHECK-EXIT: 0
// CHECK: type_ops_inferred_types.dfy(9,14): var in x: T
// CHECK: type_ops_inferred_types.dfy(9,22): expr Name `v`: T
// CHECK: type_ops_inferred_types.dfy(9,27): expr Name `x`: T
// CHECK: type_ops_inferred_types.dfy(11,9): var in g: G<int>
// CHECK: type_ops_inferred_types.dfy(11,20): var in x: bv8
// CHECK: type_ops_inferred_types.dfy(12,6): var local a: bool
// CHECK: type_ops_inferred_types.dfy(12,11): expr TypeTest `g is E<int>`: bool (tests E<int>)
// CHECK: type_ops_inferred_types.dfy(12,11): expr Name `g`: G<int>
// CHECK: type_ops_inferred_types.dfy(13,6): var local o: object
// CHECK: type_ops_inferred_types.dfy(13,11): expr New `new object`: object
// CHECK: type_ops_inferred_types.dfy(14,6): var local r: bv8
// CHECK: type_ops_inferred_types.dfy(14,11): expr Call `x.RotateLeft(3)`: bv8
// CHECK: type_ops_inferred_types.dfy(14,11): expr Select `x.RotateLeft`: nat -> bv8
// CHECK: type_ops_inferred_types.dfy(14,11): expr Name `x`: bv8
// CHECK: type_ops_inferred_types.dfy(14,24): expr IntLiteral `3`: int
// CHECK: type_ops_inferred_types.dfy(15,6): var local b: Box<string>
// CHECK: type_ops_inferred_types.dfy(15,11): expr New `new Box("x")`: Box<string>
// CHECK: type_ops_inferred_types.dfy(15,19): expr StringLiteral `"x"`: string
