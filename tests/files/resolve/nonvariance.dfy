// RUN: resolve --show-snippets false
// The type parameters of classes and arrays are nonvariant: a Box<int> is not a Box<nat>, nor
// an array<nat> an array<int> (else the verifier, which keeps the two types' objects apart,
// could prove false). Expected output is Dafny 4.11's.
class Box<T> { var x: T constructor(x: T) { this.x := x; } }
method ArrayIn(a: array<int>) returns (b: array<nat>) { b := a; }
method ArrayOut(a: array<nat>) returns (c: array<int>) { c := a; }
method BoxIn(b: Box<int>) returns (c: Box<nat>) { c := b; }
method Local(b: Box<int>) { var c: Box<nat> := b; }
method Apply(a: array<int>) { var f := (x: array<nat>) => x; var r := f(a); }
method Take(b: Box<nat>) { }
method Call(b: Box<int>) { Take(b); }
// Inferred types are not held against the program: Dafny infers array<nat> here.
method Inferred() { var a: array<nat> := new [] [1, 2, 3]; var s: seq<Box<int>> := []; }

// CHECK-EXIT: 2
// CHECK: nonvariance.dfy(6,58): Error: RHS (of type array<int>) not assignable to LHS (of type array<nat>) (nonvariance for type parameter expects nat = int)
// CHECK: nonvariance.dfy(7,59): Error: RHS (of type array<nat>) not assignable to LHS (of type array<int>) (nonvariance for type parameter expects int = nat)
// CHECK: nonvariance.dfy(8,52): Error: RHS (of type Box<int>) not assignable to LHS (of type Box<nat>) (nonvariance for type parameter expects nat = int)
// CHECK: nonvariance.dfy(9,44): Error: RHS (of type Box<int>) not assignable to LHS (of type Box<nat>) (nonvariance for type parameter expects nat = int)
// CHECK: nonvariance.dfy(10,72): Error: incorrect argument type for function application parameter (expected array<nat>, found array<int>) (nonvariance for type parameter expects nat = int)
// CHECK: nonvariance.dfy(12,32): Error: incorrect argument type for method in-parameter 'b' (expected Box<nat>, found Box<int>) (nonvariance for type parameter expects nat = int)
// CHECK: 6 resolution/type errors detected in nonvariance.dfy
