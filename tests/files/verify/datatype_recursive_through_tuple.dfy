// RUN: verify --show-snippets false
// Expected output recorded from Dafny 4.11: datatypes recursive through tuples (also inside
// sequences, as Std.JSON's Object) and through function values (as Std.Parsers' results); a
// tuple's components rank below it, a sequence's elements below the sequence, as Dafny's tuples
// are datatypes.
datatype J = Leaf | Obj(s: (int, J))
datatype JSON = Null | Object(obj: seq<(string, JSON)>) | Array(arr: seq<JSON>)
datatype R = Ret(n: int) | Cont(k: int -> R)
datatype L = Nil | Cons(h: int, t: L)

function Depth(j: J): nat {
  match j
  case Leaf => 0
  case Obj(p) => 1 + Depth(p.1)
}

function KeyValue(kv: (string, JSON)): int {
  Size(kv.1)
}

function Size(js: JSON): int {
  match js
  case Null => 1
  case Object(obj) => Sum(seq(|obj|, i requires 0 <= i < |obj| => KeyValue(obj[i])))
  case Array(arr) => Sum(seq(|arr|, i requires 0 <= i < |arr| => Size(arr[i])))
}

function Sum(s: seq<int>): int {
  if |s| == 0 then 0 else s[0] + Sum(s[1..])
}

function First(o: seq<(string, JSON)>): int
  decreases o
{
  if |o| == 0 then 0 else KeyValue(o[0])
}

function Run(r: R, fuel: nat): int
  decreases fuel
{
  match r
  case Ret(n) => n
  case Cont(k) => if fuel == 0 then 0 else Run(k(fuel), fuel - 1)
}

function K(kv: (int, L)): int {
  G(kv.1)
}

function G(l: L): int {
  match l
  case Nil => 0
  case Cons(h, t) => K((h, t))  // error: (h, t) is no smaller than l
}

method Main() {
  var j := Obj((1, Obj((2, Leaf))));
  assert Depth(j) == 2;
  var js := Object([("a", Null), ("b", Array([Null, Null]))]);
  print Depth(j), " ", Size(js), " ", Run(Cont(x => Ret(x + 1)), 3), "\n";
  assert Depth(j) == 3;  // error
}

// CHECK-EXIT: 4
// CHECK: datatype_recursive_through_tuple.dfy(53,22): Error: cannot prove termination; try supplying a decreases clause
// CHECK: datatype_recursive_through_tuple.dfy(61,18): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 7 verified, 2 errors
