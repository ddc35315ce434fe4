// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve): a type from a type expression is
// printed as written there (A.D, X.C, A.Syn); one Dafny builds (a constructor's, a function's
// declared in A as `D`) with the declaration's name. The mismatch with x, an untyped local, is
// found when the method's constraints are solved, so it comes last.
module A {
  datatype D = D0 | D1
  class C { constructor() {} }
  module Inner { datatype E = E0 }
  function F(): D { D0 }
  type Syn = D
  function G(d: D): int { 0 }
}
module B {
  import X = A
  import opened A.Inner
  import A
  method P(d: A.D) {}
  method M(c: X.C, e: A.D) {
    var x := A.D0;
    var y: int := x;
    var z: int := E0;
    var w: int := c;
    var v: int := A.F();
    var u: int := X.D1;
    var s: A.Syn := A.D0;
    var t: int := s;
    var q: seq<A.D> := [];
    var r: int := q;
    P(false);
    var g := A.G(true);
  }
}

// CHECK-EXIT: 2
// CHECK: type_spelled_as_written.dfy(22,15): Error: RHS (of type E) not assignable to LHS (of type int)
// CHECK: type_spelled_as_written.dfy(23,15): Error: RHS (of type X.C) not assignable to LHS (of type int)
// CHECK: type_spelled_as_written.dfy(24,15): Error: RHS (of type D) not assignable to LHS (of type int)
// CHECK: type_spelled_as_written.dfy(25,15): Error: RHS (of type D) not assignable to LHS (of type int)
// CHECK: type_spelled_as_written.dfy(27,15): Error: RHS (of type A.Syn) not assignable to LHS (of type int)
// CHECK: type_spelled_as_written.dfy(29,15): Error: RHS (of type seq<A.D>) not assignable to LHS (of type int)
// CHECK: type_spelled_as_written.dfy(30,6): Error: incorrect argument type for method in-parameter 'd' (expected A.D, found bool)
// CHECK: type_spelled_as_written.dfy(31,17): Error: incorrect argument type for function parameter 'd' (expected D, found bool)
// CHECK: type_spelled_as_written.dfy(21,15): Error: RHS (of type D) not assignable to LHS (of type int)
// CHECK: 9 resolution/type errors detected in type_spelled_as_written.dfy
