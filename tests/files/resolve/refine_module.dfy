// RUN: resolve --dump-types
// A refining module gets what it does not redeclare, and what it redeclares is merged: the
// function gets its body, the method its body, the class its new members.
abstract module A {
  type T = int
  function F(x: T): T
    ensures F(x) >= x
  method M(x: T) returns (y: T)
    ensures y >= x
  class C {
    var f: T
    constructor () { f := 0; }
  }
}
module B refines A {
  function F(x: T): T { x + 1 }
  method M...
  {
    y := F(x);
  }
  class C ... {
    var g: bool
  }
}

// CHECK-EXIT: 0
// CHECK: refine_module.dfy(6,13): var in x: int
// CHECK: refine_module.dfy(6,13): var in x: int
// CHECK: refine_module.dfy(7,12): expr Binary `F(x) >= x`: bool
// CHECK: refine_module.dfy(7,12): expr Binary `F(x) >= x`: bool
// CHECK: refine_module.dfy(7,12): expr Call `F(x)`: int
// CHECK: refine_module.dfy(7,12): expr Call `F(x)`: int
// CHECK: refine_module.dfy(7,12): expr Name `F`: int -> int
// CHECK: refine_module.dfy(7,12): expr Name `F`: int -> int
// CHECK: refine_module.dfy(7,14): expr Name `x`: int
// CHECK: refine_module.dfy(7,14): expr Name `x`: int
// CHECK: refine_module.dfy(7,20): expr Name `x`: int
// CHECK: refine_module.dfy(7,20): expr Name `x`: int
// CHECK: refine_module.dfy(8,11): var in x: int
// CHECK: refine_module.dfy(8,11): var in x: int
// CHECK: refine_module.dfy(8,26): var out y: int
// CHECK: refine_module.dfy(8,26): var out y: int
// CHECK: refine_module.dfy(9,12): expr Binary `y >= x`: bool
// CHECK: refine_module.dfy(9,12): expr Binary `y >= x`: bool
// CHECK: refine_module.dfy(9,12): expr Name `y`: int
// CHECK: refine_module.dfy(9,12): expr Name `y`: int
// CHECK: refine_module.dfy(9,17): expr Name `x`: int
// CHECK: refine_module.dfy(9,17): expr Name `x`: int
// CHECK: refine_module.dfy(12,21): expr Name `f`: int
// CHECK: refine_module.dfy(12,21): expr Name `f`: int
// CHECK: refine_module.dfy(12,26): expr IntLiteral `0`: int
// CHECK: refine_module.dfy(12,26): expr IntLiteral `0`: int
// CHECK: refine_module.dfy(16,24): expr Binary `x + 1`: int
// CHECK: refine_module.dfy(16,24): expr Name `x`: int
// CHECK: refine_module.dfy(16,28): expr IntLiteral `1`: int
// CHECK: refine_module.dfy(19,4): expr Name `y`: int
// CHECK: refine_module.dfy(19,9): expr Call `F(x)`: int
// CHECK: refine_module.dfy(19,9): expr Name `F`: int -> int
// CHECK: refine_module.dfy(19,11): expr Name `x`: int
