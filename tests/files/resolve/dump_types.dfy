// RUN: resolve --dump-types
// `dfyc resolve --dump-types`: the inferred type of every variable and expression, in source order.
datatype Tree = Leaf | Node(left: Tree, value: int, right: Tree)
function Sum(t: Tree): int {
  match t
  case Leaf => 0
  case Node(l, v, r) => Sum(l) + v + Sum(r)
}
method M(s: seq<nat>) returns (m: map<int, bool>) {
  var x := 3;
  var y := x as real / 2.0;
  ghost var g := |s|;
  var f := (a: int) => a * 2;
  m := map i | 0 <= i < |s| :: s[i] > f(i);
  var t := Node(Leaf, 1, Leaf);
  var c := if y < 1.0 then 'a' else "bc"[0];
}

// CHECK-EXIT: 0
// CHECK: dump_types.dfy(3,28): var in left: Tree
// CHECK: dump_types.dfy(3,40): var in value: int
// CHECK: dump_types.dfy(3,52): var in right: Tree
// CHECK: dump_types.dfy(4,13): var in t: Tree
// CHECK: dump_types.dfy(5,2): expr Match `match t case Leaf => 0 case Node(l, v, r...`: int
// CHECK: dump_types.dfy(5,8): expr Name `t`: Tree
// CHECK: dump_types.dfy(6,15): expr IntLiteral `0`: int
// CHECK: dump_types.dfy(7,12): var bound l: Tree
// CHECK: dump_types.dfy(7,15): var bound v: int
// CHECK: dump_types.dfy(7,18): var bound r: Tree
// CHECK: dump_types.dfy(7,24): expr Binary `Sum(l) + v + Sum(r)`: int
// CHECK: dump_types.dfy(7,24): expr Binary `Sum(l) + v`: int
// CHECK: dump_types.dfy(7,24): expr Call `Sum(l)`: int
// CHECK: dump_types.dfy(7,24): expr Name `Sum`: Tree -> int
// CHECK: dump_types.dfy(7,28): expr Name `l`: Tree
// CHECK: dump_types.dfy(7,33): expr Name `v`: int
// CHECK: dump_types.dfy(7,37): expr Call `Sum(r)`: int
// CHECK: dump_types.dfy(7,37): expr Name `Sum`: Tree -> int
// CHECK: dump_types.dfy(7,41): expr Name `r`: Tree
// CHECK: dump_types.dfy(9,9): var in s: seq<nat>
// CHECK: dump_types.dfy(9,31): var out m: map<int, bool>
// CHECK: dump_types.dfy(10,6): var local x: int
// CHECK: dump_types.dfy(10,11): expr IntLiteral `3`: int
// CHECK: dump_types.dfy(11,6): var local y: real
// CHECK: dump_types.dfy(11,11): expr Binary `x as real / 2.0`: real
// CHECK: dump_types.dfy(11,11): expr Conversion `x as real`: real
// CHECK: dump_types.dfy(11,11): expr Name `x`: int
// CHECK: dump_types.dfy(11,23): expr RealLiteral `2.0`: real
// CHECK: dump_types.dfy(12,12): var local ghost g: int
// CHECK: dump_types.dfy(12,17): expr Cardinality `|s|`: int
// CHECK: dump_types.dfy(12,18): expr Name `s`: seq<nat>
// CHECK: dump_types.dfy(13,6): var local f: int -> int
// CHECK: dump_types.dfy(13,11): expr Lambda `(a: int) => a * 2`: int -> int
// CHECK: dump_types.dfy(13,12): var bound a: int
// CHECK: dump_types.dfy(13,23): expr Binary `a * 2`: int
// CHECK: dump_types.dfy(13,23): expr Name `a`: int
// CHECK: dump_types.dfy(13,27): expr IntLiteral `2`: int
// CHECK: dump_types.dfy(14,2): expr Name `m`: map<int, bool>
// CHECK: dump_types.dfy(14,7): expr MapComprehension `map i | 0 <= i < |s| :: s[i] > f(i)`: map<int, bool>
// CHECK: dump_types.dfy(14,11): var bound i: int
// CHECK: dump_types.dfy(14,15): expr Binary `0 <= i < |s|`: bool
// CHECK: dump_types.dfy(14,15): expr Binary `0 <= i`: bool
// CHECK: dump_types.dfy(14,15): expr IntLiteral `0`: int
// CHECK: dump_types.dfy(14,20): expr Binary `i < |s|`: bool
// CHECK: dump_types.dfy(14,20): expr Name `i`: int
// CHECK: dump_types.dfy(14,24): expr Cardinality `|s|`: int
// CHECK: dump_types.dfy(14,25): expr Name `s`: seq<nat>
// CHECK: dump_types.dfy(14,31): expr Binary `s[i] > f(i)`: bool
// CHECK: dump_types.dfy(14,31): expr Index `s[i]`: nat
// CHECK: dump_types.dfy(14,31): expr Name `s`: seq<nat>
// CHECK: dump_types.dfy(14,33): expr Name `i`: int
// CHECK: dump_types.dfy(14,38): expr Call `f(i)`: int
// CHECK: dump_types.dfy(14,38): expr Name `f`: int -> int
// CHECK: dump_types.dfy(14,40): expr Name `i`: int
// CHECK: dump_types.dfy(15,6): var local t: Tree
// CHECK: dump_types.dfy(15,11): expr Call `Node(Leaf, 1, Leaf)`: Tree
// CHECK: dump_types.dfy(15,11): expr Name `Node`: (Tree, int, Tree) -> Tree
// CHECK: dump_types.dfy(15,16): expr Name `Leaf`: Tree
// CHECK: dump_types.dfy(15,22): expr IntLiteral `1`: int
// CHECK: dump_types.dfy(15,25): expr Name `Leaf`: Tree
// CHECK: dump_types.dfy(16,6): var local c: char
// CHECK: dump_types.dfy(16,11): expr IfThenElse `if y < 1.0 then 'a' else "bc"[0]`: char
// CHECK: dump_types.dfy(16,14): expr Binary `y < 1.0`: bool
// CHECK: dump_types.dfy(16,14): expr Name `y`: real
// CHECK: dump_types.dfy(16,18): expr RealLiteral `1.0`: real
// CHECK: dump_types.dfy(16,27): expr CharLiteral `'a'`: char
// CHECK: dump_types.dfy(16,36): expr Index `"bc"[0]`: char
// CHECK: dump_types.dfy(16,36): expr StringLiteral `"bc"`: string
// CHECK: dump_types.dfy(16,41): expr IntLiteral `0`: int
