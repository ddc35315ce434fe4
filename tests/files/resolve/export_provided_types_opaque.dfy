// RUN: resolve --show-snippets false
// A type synonym, subset type or newtype an export set only provides is an opaque type to
// importers; a revealed one is its definition.
module A {
  export provides T, S, N, Make, Use reveals R
  type T = int
  type S = x: int | x >= 0
  newtype N = x: int | 0 <= x < 10
  type R = int
  function Make(): T { 5 }
  function Use(t: T): int { t + 1 }
}
module B {
  import opened A
  method m(t: T, s: S, n: N) {
    var a: int := t;
    var b: int := s;
    var r: R := 5;
    var t2: T := Make();
    var u := Use(t2) + A.Use(t);
    var k: int := 7;
    var nope: T := k;
    var d := n + 1;
  }
}

// CHECK-EXIT: 2
// CHECK: export_provided_types_opaque.dfy(16,15): Error: RHS (of type T) not assignable to LHS (of type int)
// CHECK: export_provided_types_opaque.dfy(17,15): Error: RHS (of type S) not assignable to LHS (of type int)
// CHECK: export_provided_types_opaque.dfy(22,16): Error: RHS (of type int) not assignable to LHS (of type T)
// CHECK: export_provided_types_opaque.dfy(23,15): Error: type of + must be of a numeric type, a bitvector type, ORDINAL, char, a sequence type, or a set-like or map-like type (instead got N)
// CHECK: export_provided_types_opaque.dfy(23,15): Error: type of right argument to + (int) must agree with the result type (N)
// CHECK: 5 resolution/type errors detected in export_provided_types_opaque.dfy
