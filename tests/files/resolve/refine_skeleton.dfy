// RUN: resolve --dump-types
// Skeleton bodies are filled in from the refined body: `...;` stands for the inherited
// statements up to the next match, `assert ...;` turns an inherited assumption into an
// assertion, `if ... { }` keeps the inherited guard, `x := e;` replaces `x :| p;` and asserts p.
abstract module A {
  method M(n: int) returns (r: int)
    requires n >= 0
    ensures r >= 0
  {
    var k := n;
    r :| r >= 0;
    if k > 10 {
      k := 10;
    }
    assume r + k >= 0;
  }
}
module B refines A {
  method M...
  {
    ...;
    r := k;
    if ... {
      var t := r + 1;
    }
    assert ...;
  }
}

// CHECK-EXIT: 0
// CHECK: refine_skeleton.dfy(21,7): Warning: the ... refinement feature in statements is deprecated
// CHECK:    |
// CHECK: 21 |     ...;
// CHECK:    |        ^
// CHECK:
// CHECK: refine_skeleton.dfy(23,7): Warning: the ... refinement feature in statements is deprecated
// CHECK:    |
// CHECK: 23 |     if ... {
// CHECK:    |        ^^^
// CHECK:
// CHECK: refine_skeleton.dfy(26,11): Warning: the ... refinement feature in statements is deprecated
// CHECK:    |
// CHECK: 26 |     assert ...;
// CHECK:    |            ^^^
// CHECK:
// CHECK: refine_skeleton.dfy(15,4): Warning: assume statement has no {:axiom} annotation
// CHECK:    |
// CHECK: 15 |     assume r + k >= 0;
// CHECK:    |     ^^^^^^
// CHECK:
// CHECK: refine_skeleton.dfy(6,11): var in n: int
// CHECK: refine_skeleton.dfy(6,11): var in n: int
// CHECK: refine_skeleton.dfy(6,28): var out r: int
// CHECK: refine_skeleton.dfy(6,28): var out r: int
// CHECK: refine_skeleton.dfy(7,13): expr Binary `n >= 0`: bool
// CHECK: refine_skeleton.dfy(7,13): expr Binary `n >= 0`: bool
// CHECK: refine_skeleton.dfy(7,13): expr Name `n`: int
// CHECK: refine_skeleton.dfy(7,13): expr Name `n`: int
// CHECK: refine_skeleton.dfy(7,18): expr IntLiteral `0`: int
// CHECK: refine_skeleton.dfy(7,18): expr IntLiteral `0`: int
// CHECK: refine_skeleton.dfy(8,12): expr Binary `r >= 0`: bool
// CHECK: refine_skeleton.dfy(8,12): expr Binary `r >= 0`: bool
// CHECK: refine_skeleton.dfy(8,12): expr Name `r`: int
// CHECK: refine_skeleton.dfy(8,12): expr Name `r`: int
// CHECK: refine_skeleton.dfy(8,17): expr IntLiteral `0`: int
// CHECK: refine_skeleton.dfy(8,17): expr IntLiteral `0`: int
// CHECK: refine_skeleton.dfy(10,8): var local k: int
// CHECK: refine_skeleton.dfy(10,8): var local k: int
// CHECK: refine_skeleton.dfy(10,13): expr Name `n`: int
// CHECK: refine_skeleton.dfy(10,13): expr Name `n`: int
// CHECK: refine_skeleton.dfy(11,4): expr Name `r`: int
// CHECK: refine_skeleton.dfy(11,9): expr Binary `r >= 0`: bool
// CHECK: refine_skeleton.dfy(11,9): expr Binary `r >= 0`: bool
// CHECK: refine_skeleton.dfy(11,9): expr Name `r`: int
// CHECK: refine_skeleton.dfy(11,9): expr Name `r`: int
// CHECK: refine_skeleton.dfy(11,14): expr IntLiteral `0`: int
// CHECK: refine_skeleton.dfy(11,14): expr IntLiteral `0`: int
// CHECK: refine_skeleton.dfy(12,7): expr Binary `k > 10`: bool
// CHECK: refine_skeleton.dfy(12,7): expr Binary `k > 10`: bool
// CHECK: refine_skeleton.dfy(12,7): expr Name `k`: int
// CHECK: refine_skeleton.dfy(12,7): expr Name `k`: int
// CHECK: refine_skeleton.dfy(12,11): expr IntLiteral `10`: int
// CHECK: refine_skeleton.dfy(12,11): expr IntLiteral `10`: int
// CHECK: refine_skeleton.dfy(13,6): expr Name `k`: int
// CHECK: refine_skeleton.dfy(13,6): expr Name `k`: int
// CHECK: refine_skeleton.dfy(13,11): expr IntLiteral `10`: int
// CHECK: refine_skeleton.dfy(13,11): expr IntLiteral `10`: int
// CHECK: refine_skeleton.dfy(15,11): expr Binary `r + k >= 0`: bool
// CHECK: refine_skeleton.dfy(15,11): expr Binary `r + k >= 0`: bool
// CHECK: refine_skeleton.dfy(15,11): expr Binary `r + k`: int
// CHECK: refine_skeleton.dfy(15,11): expr Binary `r + k`: int
// CHECK: refine_skeleton.dfy(15,11): expr Name `r`: int
// CHECK: refine_skeleton.dfy(15,11): expr Name `r`: int
// CHECK: refine_skeleton.dfy(15,15): expr Name `k`: int
// CHECK: refine_skeleton.dfy(15,15): expr Name `k`: int
// CHECK: refine_skeleton.dfy(15,20): expr IntLiteral `0`: int
// CHECK: refine_skeleton.dfy(15,20): expr IntLiteral `0`: int
// CHECK: refine_skeleton.dfy(22,4): expr Name `r`: int
// CHECK: refine_skeleton.dfy(22,9): expr Name `k`: int
// CHECK: refine_skeleton.dfy(24,10): var local t: int
// CHECK: refine_skeleton.dfy(24,15): expr Binary `r + 1`: int
// CHECK: refine_skeleton.dfy(24,15): expr Name `r`: int
// CHECK: refine_skeleton.dfy(24,19): expr IntLiteral `1`: int
