// RUN: resolve --dump-ast --general-traits=datatype
// Declarations of every kind, their modifiers, attributes and specification clauses.
include "other.dfy"
abstract module A.B refines C {
  import opened X = Y.Z`{E, F}
  import W : V
  export E extends D provides f, C.m reveals g, h
  export provides *
  datatype D<+T> extends Tr = A | ghost B(x: int, ghost T := 3, nameonly z: bool) { const k := 1 }
  codatatype Stream<T> = Cons(head: T, tail: Stream<T>)
  newtype {:nativeType "byte"} U8 = x: int | 0 <= x < 256 witness 1 { function f(): int { 0 } }
  newtype N = int
  type S<T(==,0)> = x: seq<T> | |x| > 0 witness *
  type Syn(==)<T> = map<T, seq<T -> int>>
  type Opaque(0)<T> extends Tr
  trait Tr extends object { ghost var g: set<object> }
  class C<T(!new)> extends Tr {
    static const s: int := 1
    var f: int, f2: (int, bool) ~> real
    constructor Init(x: int := 0) reads this requires x > 0 ensures fresh(this) { new; }
    static method {:axiom} M<U>(a: array2<U>) returns (r: int, ghost q: U)
      requires L: a.Length0 > 0 modifies a decreases *
    twostate lemma TL() ensures true
    least lemma LL[nat](x: int) { }
    greatest predicate GP[ORDINAL](x: int) { GP(x) }
    opaque ghost function GF(x: int): (r: int) reads * ensures r == x decreases x { x }
    function F(x: int): int { x } by method { return x; }
    twostate predicate TP() { old(f) == f }
    predicate P(): (b: bool) { true }
  }
  iterator Gen<T>(n: nat) yields (x: int) requires n > 0 reads {} modifies {} yield requires true yield ensures true ensures true decreases n {
    yield;
  }
  method Refined...
  replaceable module R { }
}

// CHECK-EXIT: 0
// CHECK: include "other.dfy"
// CHECK:
// CHECK: abstract module A.B refines C {
// CHECK:   import opened X = Y.Z`{E, F}
// CHECK:   import W : V
// CHECK:   export E extends D provides f, C.m reveals g, h
// CHECK:   export provides *
// CHECK:
// CHECK:   datatype D<+T> extends Tr =
// CHECK:     | A
// CHECK:     | ghost B(x: int, ghost T := 3, z: bool) {
// CHECK:     const k := 1
// CHECK:   }
// CHECK:
// CHECK:   codatatype Stream<T> = Cons(head: T, tail: Stream<T>)
// CHECK:
// CHECK:   newtype {:nativeType "byte"} U8 = x: int | 0 <= x < 256 witness 1 {
// CHECK:     function f(): int
// CHECK:     {
// CHECK:       0
// CHECK:     }
// CHECK:   }
// CHECK:
// CHECK:   newtype N = int
// CHECK:   type S<T(==,0)> = x: seq<T> | |x| > 0 witness *
// CHECK:   type Syn(==)<T> = map<T, seq<T -> int>>
// CHECK:   type Opaque(0)<T> extends Tr
// CHECK:
// CHECK:   trait Tr extends object {
// CHECK:     ghost var g: set<object>
// CHECK:   }
// CHECK:
// CHECK:   class C<T(!new)> extends Tr {
// CHECK:     static const s: int := 1
// CHECK:     var f: int
// CHECK:     var f2: (int, bool) ~> real
// CHECK:
// CHECK:     constructor Init(x: int := 0)
// CHECK:       requires x > 0
// CHECK:       reads this
// CHECK:       ensures fresh(this)
// CHECK:     {
// CHECK:       new;
// CHECK:     }
// CHECK:
// CHECK:     static method {:axiom} M<U>(a: array2<U>) returns (r: int, ghost q: U)
// CHECK:       requires L: a.Length0 > 0
// CHECK:       modifies a
// CHECK:       decreases *
// CHECK:
// CHECK:     twostate lemma TL()
// CHECK:       ensures true
// CHECK:
// CHECK:     least lemma LL[nat](x: int)
// CHECK:     {
// CHECK:     }
// CHECK:
// CHECK:     greatest predicate GP[ORDINAL](x: int)
// CHECK:     {
// CHECK:       GP(x)
// CHECK:     }
// CHECK:
// CHECK:     ghost opaque function GF(x: int): (r: int)
// CHECK:       reads *
// CHECK:       ensures r == x
// CHECK:       decreases x
// CHECK:     {
// CHECK:       x
// CHECK:     }
// CHECK:
// CHECK:     function F(x: int): int
// CHECK:     {
// CHECK:       x
// CHECK:     } by method {
// CHECK:       return x;
// CHECK:     }
// CHECK:
// CHECK:     twostate predicate TP()
// CHECK:     {
// CHECK:       old(f) == f
// CHECK:     }
// CHECK:
// CHECK:     predicate P(): (b: bool)
// CHECK:     {
// CHECK:       true
// CHECK:     }
// CHECK:   }
// CHECK:
// CHECK:   iterator Gen<T>(n: nat) yields (x: int)
// CHECK:     requires n > 0
// CHECK:     reads {}
// CHECK:     modifies {}
// CHECK:     yield requires true
// CHECK:     yield ensures true
// CHECK:     ensures true
// CHECK:     decreases n
// CHECK:   {
// CHECK:     yield;
// CHECK:   }
// CHECK:
// CHECK:   method Refined...
// CHECK:
// CHECK:   replaceable module R {}
// CHECK: }
