// RUN: resolve --dump-types
// An untyped lambda parameter is inferred as Dafny 4.11 infers it (its /rprint): the expected
// parameter type without its top-level subset types, unless the body gives the parameter back
// whole where that subset type is expected. So `x => 10 / (x + 1)` as a `nat -> int` has x: int,
// and Dafny's verifier reports a possible division by zero in it.
function F(n: nat): int { n }
type Small = x: int | 0 <= x < 10
method M() {
  var f1: nat -> int := x => 10 / (x + 1);
  var f2: nat -> int := x => F(x);
  var f3: nat -> nat := x => x;
  var f4: nat -> set<nat> := x => {x};
  var f5: Small -> int := x => x;
  var f6: seq<nat> -> int := x => |x|;
  var f7: (nat, bool) -> int := (x, b) => x;
}

// CHECK-EXIT: 0
// CHECK: lambda_param_types.dfy(6,11): var in n: nat
// CHECK: lambda_param_types.dfy(6,26): expr Name `n`: nat
// CHECK: lambda_param_types.dfy(7,13): var bound x: int
// CHECK: lambda_param_types.dfy(7,22): expr Binary `0 <= x < 10`: bool
// CHECK: lambda_param_types.dfy(7,22): expr Binary `0 <= x`: bool
// CHECK: lambda_param_types.dfy(7,22): expr IntLiteral `0`: int
// CHECK: lambda_param_types.dfy(7,27): expr Binary `x < 10`: bool
// CHECK: lambda_param_types.dfy(7,27): expr Name `x`: int
// CHECK: lambda_param_types.dfy(7,31): expr IntLiteral `10`: int
// CHECK: lambda_param_types.dfy(9,6): var local f1: nat -> int
// CHECK: lambda_param_types.dfy(9,24): expr Lambda `x => 10 / (x + 1)`: int -> int
// CHECK: lambda_param_types.dfy(9,24): var bound x: int
// CHECK: lambda_param_types.dfy(9,29): expr Binary `10 / (x + 1)`: int
// CHECK: lambda_param_types.dfy(9,29): expr IntLiteral `10`: int
// CHECK: lambda_param_types.dfy(9,34): expr Paren `(x + 1)`: int
// CHECK: lambda_param_types.dfy(9,35): expr Binary `x + 1`: int
// CHECK: lambda_param_types.dfy(9,35): expr Name `x`: int
// CHECK: lambda_param_types.dfy(9,39): expr IntLiteral `1`: int
// CHECK: lambda_param_types.dfy(10,6): var local f2: nat -> int
// CHECK: lambda_param_types.dfy(10,24): expr Lambda `x => F(x)`: int -> int
// CHECK: lambda_param_types.dfy(10,24): var bound x: int
// CHECK: lambda_param_types.dfy(10,29): expr Call `F(x)`: int
// CHECK: lambda_param_types.dfy(10,29): expr Name `F`: nat -> int
// CHECK: lambda_param_types.dfy(10,31): expr Name `x`: int
// CHECK: lambda_param_types.dfy(11,6): var local f3: nat -> nat
// CHECK: lambda_param_types.dfy(11,24): expr Lambda `x => x`: nat -> nat
// CHECK: lambda_param_types.dfy(11,24): var bound x: nat
// CHECK: lambda_param_types.dfy(11,29): expr Name `x`: nat
// CHECK: lambda_param_types.dfy(12,6): var local f4: nat -> set<nat>
// CHECK: lambda_param_types.dfy(12,29): expr Lambda `x => {x}`: nat -> set<int>
// CHECK: lambda_param_types.dfy(12,29): var bound x: nat
// CHECK: lambda_param_types.dfy(12,34): expr SetDisplay `{x}`: set<int>
// CHECK: lambda_param_types.dfy(12,35): expr Name `x`: nat
// CHECK: lambda_param_types.dfy(13,6): var local f5: Small -> int
// CHECK: lambda_param_types.dfy(13,26): expr Lambda `x => x`: int -> int
// CHECK: lambda_param_types.dfy(13,26): var bound x: int
// CHECK: lambda_param_types.dfy(13,31): expr Name `x`: int
// CHECK: lambda_param_types.dfy(14,6): var local f6: seq<nat> -> int
// CHECK: lambda_param_types.dfy(14,29): expr Lambda `x => |x|`: seq<nat> -> int
// CHECK: lambda_param_types.dfy(14,29): var bound x: seq<nat>
// CHECK: lambda_param_types.dfy(14,34): expr Cardinality `|x|`: int
// CHECK: lambda_param_types.dfy(14,35): expr Name `x`: seq<nat>
// CHECK: lambda_param_types.dfy(15,6): var local f7: (nat, bool) -> int
// CHECK: lambda_param_types.dfy(15,32): expr Lambda `(x, b) => x`: (int, bool) -> int
// CHECK: lambda_param_types.dfy(15,33): var bound x: int
// CHECK: lambda_param_types.dfy(15,36): var bound b: bool
// CHECK: lambda_param_types.dfy(15,42): expr Name `x`: int
