// RUN: resolve --dump-types
// The types dfyc infers for bound variables declared without one, each as Dafny 4.11 infers it
// (its /rprint output): nat or Pos where k is passed whole to such a parameter and otherwise
// only compared with == or with literals, or tested with `in`; int otherwise.
type Pos = x: int | x > 0 witness 1
function P(n: nat): bool { true }
function Q(n: Pos): bool { true }
function R(n: int): bool { true }
method M(f: nat -> nat, i: int, s: seq<int>, m: map<nat, bool>)
{
  assert forall a :: a in m ==> true;
  assert forall b :: b in m ==> f(b) > 0 || true;
  assert forall c :: Q(c) || true;
  assert forall d :: (P(d) && R(d)) || true;
  assert forall e :: f(e + 1) >= 0 || true;
  assert forall g :: P(g) && g + 1 > 0 && g == i;
  assert forall h :: P(h) && h < |s|;
  assert forall j, l :: P(j) && R(l);
}

// CHECK-EXIT: 0
// CHECK: bound_var_subset_types.dfy(15,9): Warning: Could not find a trigger for this quantifier. Without a trigger, the quantifier may cause brittle verification. To silence this warning, add an explicit trigger using the {:trigger} attribute. For more information, see the section on quantifier instantiation rules in the reference manual.
// CHECK:    |
// CHECK: 15 |   assert forall e :: f(e + 1) >= 0 || true;
// CHECK:    |          ^^^^^^
// CHECK:
// CHECK: bound_var_subset_types.dfy(5,11): var bound x: int
// CHECK: bound_var_subset_types.dfy(5,20): expr Binary `x > 0`: bool
// CHECK: bound_var_subset_types.dfy(5,20): expr Name `x`: int
// CHECK: bound_var_subset_types.dfy(5,24): expr IntLiteral `0`: int
// CHECK: bound_var_subset_types.dfy(5,34): expr IntLiteral `1`: int
// CHECK: bound_var_subset_types.dfy(6,11): var in n: nat
// CHECK: bound_var_subset_types.dfy(6,27): expr BoolLiteral `true`: bool
// CHECK: bound_var_subset_types.dfy(7,11): var in n: Pos
// CHECK: bound_var_subset_types.dfy(7,27): expr BoolLiteral `true`: bool
// CHECK: bound_var_subset_types.dfy(8,11): var in n: int
// CHECK: bound_var_subset_types.dfy(8,27): expr BoolLiteral `true`: bool
// CHECK: bound_var_subset_types.dfy(9,9): var in f: nat -> nat
// CHECK: bound_var_subset_types.dfy(9,24): var in i: int
// CHECK: bound_var_subset_types.dfy(9,32): var in s: seq<int>
// CHECK: bound_var_subset_types.dfy(9,45): var in m: map<nat, bool>
// CHECK: bound_var_subset_types.dfy(11,9): expr Quantifier `forall a :: a in m ==> true`: bool
// CHECK: bound_var_subset_types.dfy(11,16): var bound a: int
// CHECK: bound_var_subset_types.dfy(11,21): expr Binary `a in m ==> true`: bool
// CHECK: bound_var_subset_types.dfy(11,21): expr Binary `a in m`: bool
// CHECK: bound_var_subset_types.dfy(11,21): expr Name `a`: int
// CHECK: bound_var_subset_types.dfy(11,26): expr Name `m`: map<nat, bool>
// CHECK: bound_var_subset_types.dfy(11,32): expr BoolLiteral `true`: bool
// CHECK: bound_var_subset_types.dfy(12,9): expr Quantifier `forall b :: b in m ==> f(b) > 0 || true`: bool
// CHECK: bound_var_subset_types.dfy(12,16): var bound b: nat
// CHECK: bound_var_subset_types.dfy(12,21): expr Binary `b in m ==> f(b) > 0 || true`: bool
// CHECK: bound_var_subset_types.dfy(12,21): expr Binary `b in m`: bool
// CHECK: bound_var_subset_types.dfy(12,21): expr Name `b`: nat
// CHECK: bound_var_subset_types.dfy(12,26): expr Name `m`: map<nat, bool>
// CHECK: bound_var_subset_types.dfy(12,32): expr Binary `f(b) > 0 || true`: bool
// CHECK: bound_var_subset_types.dfy(12,32): expr Binary `f(b) > 0`: bool
// CHECK: bound_var_subset_types.dfy(12,32): expr Call `f(b)`: nat
// CHECK: bound_var_subset_types.dfy(12,32): expr Name `f`: nat -> nat
// CHECK: bound_var_subset_types.dfy(12,34): expr Name `b`: nat
// CHECK: bound_var_subset_types.dfy(12,39): expr IntLiteral `0`: int
// CHECK: bound_var_subset_types.dfy(12,44): expr BoolLiteral `true`: bool
// CHECK: bound_var_subset_types.dfy(13,9): expr Quantifier `forall c :: Q(c) || true`: bool
// CHECK: bound_var_subset_types.dfy(13,16): var bound c: Pos
// CHECK: bound_var_subset_types.dfy(13,21): expr Binary `Q(c) || true`: bool
// CHECK: bound_var_subset_types.dfy(13,21): expr Call `Q(c)`: bool
// CHECK: bound_var_subset_types.dfy(13,21): expr Name `Q`: Pos -> bool
// CHECK: bound_var_subset_types.dfy(13,23): expr Name `c`: Pos
// CHECK: bound_var_subset_types.dfy(13,29): expr BoolLiteral `true`: bool
// CHECK: bound_var_subset_types.dfy(14,9): expr Quantifier `forall d :: (P(d) && R(d)) || true`: bool
// CHECK: bound_var_subset_types.dfy(14,16): var bound d: int
// CHECK: bound_var_subset_types.dfy(14,21): expr Binary `(P(d) && R(d)) || true`: bool
// CHECK: bound_var_subset_types.dfy(14,21): expr Paren `(P(d) && R(d))`: bool
// CHECK: bound_var_subset_types.dfy(14,22): expr Binary `P(d) && R(d)`: bool
// CHECK: bound_var_subset_types.dfy(14,22): expr Call `P(d)`: bool
// CHECK: bound_var_subset_types.dfy(14,22): expr Name `P`: nat -> bool
// CHECK: bound_var_subset_types.dfy(14,24): expr Name `d`: int
// CHECK: bound_var_subset_types.dfy(14,30): expr Call `R(d)`: bool
// CHECK: bound_var_subset_types.dfy(14,30): expr Name `R`: int -> bool
// CHECK: bound_var_subset_types.dfy(14,32): expr Name `d`: int
// CHECK: bound_var_subset_types.dfy(14,39): expr BoolLiteral `true`: bool
// CHECK: bound_var_subset_types.dfy(15,9): expr Quantifier `forall e :: f(e + 1) >= 0 || true`: bool
// CHECK: bound_var_subset_types.dfy(15,16): var bound e: int
// CHECK: bound_var_subset_types.dfy(15,21): expr Binary `f(e + 1) >= 0 || true`: bool
// CHECK: bound_var_subset_types.dfy(15,21): expr Binary `f(e + 1) >= 0`: bool
// CHECK: bound_var_subset_types.dfy(15,21): expr Call `f(e + 1)`: nat
// CHECK: bound_var_subset_types.dfy(15,21): expr Name `f`: nat -> nat
// CHECK: bound_var_subset_types.dfy(15,23): expr Binary `e + 1`: int
// CHECK: bound_var_subset_types.dfy(15,23): expr Name `e`: int
// CHECK: bound_var_subset_types.dfy(15,27): expr IntLiteral `1`: int
// CHECK: bound_var_subset_types.dfy(15,33): expr IntLiteral `0`: int
// CHECK: bound_var_subset_types.dfy(15,38): expr BoolLiteral `true`: bool
// CHECK: bound_var_subset_types.dfy(16,9): expr Quantifier `forall g :: P(g) && g + 1 > 0 && g == i`: bool
// CHECK: bound_var_subset_types.dfy(16,16): var bound g: nat
// CHECK: bound_var_subset_types.dfy(16,21): expr Binary `P(g) && g + 1 > 0 && g == i`: bool
// CHECK: bound_var_subset_types.dfy(16,21): expr Binary `P(g) && g + 1 > 0`: bool
// CHECK: bound_var_subset_types.dfy(16,21): expr Call `P(g)`: bool
// CHECK: bound_var_subset_types.dfy(16,21): expr Name `P`: nat -> bool
// CHECK: bound_var_subset_types.dfy(16,23): expr Name `g`: nat
// CHECK: bound_var_subset_types.dfy(16,29): expr Binary `g + 1 > 0`: bool
// CHECK: bound_var_subset_types.dfy(16,29): expr Binary `g + 1`: int
// CHECK: bound_var_subset_types.dfy(16,29): expr Name `g`: nat
// CHECK: bound_var_subset_types.dfy(16,33): expr IntLiteral `1`: int
// CHECK: bound_var_subset_types.dfy(16,37): expr IntLiteral `0`: int
// CHECK: bound_var_subset_types.dfy(16,42): expr Binary `g == i`: bool
// CHECK: bound_var_subset_types.dfy(16,42): expr Name `g`: nat
// CHECK: bound_var_subset_types.dfy(16,47): expr Name `i`: int
// CHECK: bound_var_subset_types.dfy(17,9): expr Quantifier `forall h :: P(h) && h < |s|`: bool
// CHECK: bound_var_subset_types.dfy(17,16): var bound h: int
// CHECK: bound_var_subset_types.dfy(17,21): expr Binary `P(h) && h < |s|`: bool
// CHECK: bound_var_subset_types.dfy(17,21): expr Call `P(h)`: bool
// CHECK: bound_var_subset_types.dfy(17,21): expr Name `P`: nat -> bool
// CHECK: bound_var_subset_types.dfy(17,23): expr Name `h`: int
// CHECK: bound_var_subset_types.dfy(17,29): expr Binary `h < |s|`: bool
// CHECK: bound_var_subset_types.dfy(17,29): expr Name `h`: int
// CHECK: bound_var_subset_types.dfy(17,33): expr Cardinality `|s|`: int
// CHECK: bound_var_subset_types.dfy(17,34): expr Name `s`: seq<int>
// CHECK: bound_var_subset_types.dfy(18,9): expr Quantifier `forall j, l :: P(j) && R(l)`: bool
// CHECK: bound_var_subset_types.dfy(18,16): var bound j: nat
// CHECK: bound_var_subset_types.dfy(18,19): var bound l: int
// CHECK: bound_var_subset_types.dfy(18,24): expr Binary `P(j) && R(l)`: bool
// CHECK: bound_var_subset_types.dfy(18,24): expr Call `P(j)`: bool
// CHECK: bound_var_subset_types.dfy(18,24): expr Name `P`: nat -> bool
// CHECK: bound_var_subset_types.dfy(18,26): expr Name `j`: nat
// CHECK: bound_var_subset_types.dfy(18,32): expr Call `R(l)`: bool
// CHECK: bound_var_subset_types.dfy(18,32): expr Name `R`: int -> bool
// CHECK: bound_var_subset_types.dfy(18,34): expr Name `l`: int
