// Lambdas with reads clauses: their values read the heap where they are applied (f(x),
// f.requires(x) and f.reads(x) in the current heap), keep their value across changes outside
// what they read, and may be given where a ~> is expected; one that reads nothing may be given
// where a -> is expected.
class Cell {
  var v: int
  var next: Cell?
  constructor (x: int) ensures v == x && next == null { v := x; next := null; }
}

method Update() {
  var y := 1;
  var f := x => x + y;
  assert f(2) == 3;
  var z := new Cell(1);
  f := x reads z => x + z.v;
  assert f(2) == 3;
  z.v := 2;
  assert f(2) == 4;
  assert f.reads(0) == {z};
  assert f.requires(7);
}

// A change outside what the value reads keeps its value.
method Frame(c: Cell, d: Cell) returns (a: int, b: int)
  requires c != d
  modifies d
  ensures a == b
{
  var f := x reads c => c.v + x;
  a := f(0);
  d.v := d.v + 1;
  b := f(0);
}

// Its precondition and reads clause may read what the reads clause names.
method Chain(c: Cell) returns (r: int)
  requires c.next != null
{
  var f := x requires c.next != null reads c, c.next => c.next.v + x;
  r := f(1);
  assert r == c.next.v + 1;
}

lemma ExistsIntro<T>(P: T ~> bool, x: T)
  requires P.requires(x)
  requires P(x)
  ensures exists y :: P.requires(y) && P(y)
{
}

method Witness(c: Cell, s: set<int>)
  requires c.v in s
{
  ExistsIntro(x reads c => x in s && x == c.v, c.v);
  assert exists y :: y in s && y == c.v;
}

// Within a function, what a lambda reads must be within the function's reads clause.
function Get(c: Cell): int
  reads c
{
  (x reads c => x + c.v)(1)
}

lemma GetValue(c: Cell)
  ensures Get(c) == 1 + c.v
{
}

function ApplyTo(f: int ~> int, x: int): int
  requires f.requires(x)
  reads f.reads(x)
{
  f(x)
}

method Passed(c: Cell) {
  var r := ApplyTo(x reads c => x * c.v, 3);
  assert r == 3 * c.v;
}

// A lambda whose reads clause names nothing (here what a total arrow reads) is a total arrow.
method OneShot(n: int) returns (k: int)
  requires 0 <= n
  ensures k == n
{
  var f: int -> int := x => x;
  var i := 0;
  while i < n
    invariant i <= n
    invariant forall u :: f(u) == u + i
  {
    i := i + 1;
    f := x requires f.requires(x) reads f.reads(x) => f(x) + 1;
  }
  k := f(0);
}

method EmptyReads() {
  var g: int --> int := x requires x != 0 reads {} => 10 / x;
  assert g(5) == 2;
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 16 verified, 0 errors
