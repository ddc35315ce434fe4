// RUN: verify --show-snippets false
// Default parameter values and named arguments, as Dafny binds them: positional arguments, then
// named ones; an omitted argument is the formal's default with the other formals replaced by
// the call's values (a default may name a later formal), `this` by the receiver. Dafny 4.11
// verifies it (8 verified).
method M(x: int, y: int := x + 1) returns (r: int)
  requires y > x
  ensures r == x + y
{
  r := x + y;
}

function F(a: int, b: bool := a > 0): int {
  if b then a else -a
}

function Later(x: int := y * 2, y: int := 3): int { x + y }

function Twice(n: int, m: int := F(n)): int { n + m }

class C {
  var f: int
  method Inc(d: int := f) returns (r: int)
    ensures r == f + d
  {
    r := f + d;
  }
  function Get(d: int := f): int reads this { f + d }
}

lemma L(n: nat, k: nat := n + 1) requires n < k ensures n + 1 <= k {}

method Callers(c: C)
  modifies c
{
  var r := M(3);
  assert r == 7;
  var s := M(3, 10);
  assert s == 13;
  var t := M(y := 5, x := 1);
  assert t == 6;
  assert F(3) == 3 && F(-3) == 3 && F(-3, true) == -3;
  assert F(b := false, a := 2) == -2;
  assert Later() == 9 && Later(y := 1) == 3 && Later(1) == 4;
  assert Twice(-4) == 0;
  c.f := 4;
  var u := c.Inc();
  assert u == 8;
  assert c.Get() == 8 && c.Get(d := 1) == 5;
  L(5);
  var z := (L(7); 7);
}

function UseDefaults(x: int): int {
  if x <= 0 then 0 else Twice(x - 1)
}

class Cell {
  var v: int
  constructor (x: int, y: int := x * 2)
    ensures v == x + y
  {
    v := x + y;
  }
}

method Constructors() {
  var c := new Cell(3);
  var d := new Cell(y := 1, x := 2);
  assert c.v == 9 && d.v == 3;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 8 verified, 0 errors
