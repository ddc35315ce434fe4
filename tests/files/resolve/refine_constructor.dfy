// RUN: resolve --dump-types
// A constructor's body merges before and after `new;` separately.
abstract module A {
  class C {
    var a: int
    var b: int
    constructor Init()
      ensures a == 1
    {
      a := 1;
      new;
      assume b == 0;
    }
  }
}
module B refines A {
  class C ... {
    var c: int
    constructor Init...
    {
      c := 0;
      new;
      assert ...;
    }
  }
}

// CHECK-EXIT: 0
// CHECK: refine_constructor.dfy(23,13): Warning: the ... refinement feature in statements is deprecated
// CHECK:    |
// CHECK: 23 |       assert ...;
// CHECK:    |              ^^^
// CHECK:
// CHECK: refine_constructor.dfy(12,6): Warning: assume statement has no {:axiom} annotation
// CHECK:    |
// CHECK: 12 |       assume b == 0;
// CHECK:    |       ^^^^^^
// CHECK:
// CHECK: refine_constructor.dfy(8,14): expr Binary `a == 1`: bool
// CHECK: refine_constructor.dfy(8,14): expr Binary `a == 1`: bool
// CHECK: refine_constructor.dfy(8,14): expr Name `a`: int
// CHECK: refine_constructor.dfy(8,14): expr Name `a`: int
// CHECK: refine_constructor.dfy(8,19): expr IntLiteral `1`: int
// CHECK: refine_constructor.dfy(8,19): expr IntLiteral `1`: int
// CHECK: refine_constructor.dfy(10,6): expr Name `a`: int
// CHECK: refine_constructor.dfy(10,6): expr Name `a`: int
// CHECK: refine_constructor.dfy(10,11): expr IntLiteral `1`: int
// CHECK: refine_constructor.dfy(10,11): expr IntLiteral `1`: int
// CHECK: refine_constructor.dfy(12,13): expr Binary `b == 0`: bool
// CHECK: refine_constructor.dfy(12,13): expr Binary `b == 0`: bool
// CHECK: refine_constructor.dfy(12,13): expr Name `b`: int
// CHECK: refine_constructor.dfy(12,13): expr Name `b`: int
// CHECK: refine_constructor.dfy(12,18): expr IntLiteral `0`: int
// CHECK: refine_constructor.dfy(12,18): expr IntLiteral `0`: int
// CHECK: refine_constructor.dfy(21,6): expr Name `c`: int
// CHECK: refine_constructor.dfy(21,11): expr IntLiteral `0`: int
