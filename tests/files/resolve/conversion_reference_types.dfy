// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve). `as` to a class or trait needs an
// operand of a supertype or subtype, type arguments included; `as` to other non-numeric types
// is not supported. The casts whose types are known when met are reported first.
trait T { }
trait U { }
class C extends T { }
class D { }
trait G<X> { }
class E<X> extends G<X> { }
datatype Dt = A | B
method M(t: T, d: D, g: G<int>, o: object, dt: Dt) {
  var a0 := t as C;
  var a1 := d as C;
  var a2 := t as U;
  var a3 := g as E;
  var a4 := o as E;
  var a5 := g as E<nat>;
  var a6 := dt as Dt;
  var a7 := 5 as Dt;
  var a8 := o as T;
  var a9 := g as E<int>;
}

// CHECK-EXIT: 2
// CHECK: conversion_reference_types.dfy(19,15): Error: type conversions are not supported to this type (got Dt)
// CHECK: conversion_reference_types.dfy(20,14): Error: type conversions are not supported to this type (got Dt)
// CHECK: conversion_reference_types.dfy(14,14): Error: type cast to reference type 'C' must be from an expression assignable to it (got 'D')
// CHECK: conversion_reference_types.dfy(15,14): Error: type cast to reference type 'U' must be from an expression assignable to it (got 'T')
// CHECK: conversion_reference_types.dfy(18,14): Error: type cast to reference type 'E<nat>' must be from an expression assignable to it (got 'G<int>')
// CHECK: conversion_reference_types.dfy(16,14): Error: type cast to reference type 'E<?>' must be from an expression assignable to it (got 'G<int>')
// CHECK: conversion_reference_types.dfy(17,14): Error: type cast to reference type 'E<?>' must be from an expression assignable to it (got 'object')
// CHECK: 7 resolution/type errors detected in conversion_reference_types.dfy
