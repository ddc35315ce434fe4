// RUN: resolve --dump-types
// Dafny 3's reveal_f() call of an opaque function is `reveal f;`.
function {:opaque} F(x: int): int { x + 1 }
lemma L()
  ensures F(1) == 2
{
  reveal_F();
}

// CHECK-EXIT: 0
// CHECK: reveal_call_dafny3.dfy(3,21): var in x: int
// CHECK: reveal_call_dafny3.dfy(3,36): expr Binary `x + 1`: int
// CHECK: reveal_call_dafny3.dfy(3,36): expr Name `x`: int
// CHECK: reveal_call_dafny3.dfy(3,40): expr IntLiteral `1`: int
// CHECK: reveal_call_dafny3.dfy(5,10): expr Binary `F(1) == 2`: bool
// CHECK: reveal_call_dafny3.dfy(5,10): expr Call `F(1)`: int
// CHECK: reveal_call_dafny3.dfy(5,10): expr Name `F`: int -> int
// CHECK: reveal_call_dafny3.dfy(5,12): expr IntLiteral `1`: int
// CHECK: reveal_call_dafny3.dfy(5,18): expr IntLiteral `2`: int
// CHECK: reveal_call_dafny3.dfy(7,2): expr Name `reveal_F`: int -> int
