// RUN: run --no-verify --allow-warnings --show-snippets false
// Overrides of members of generic traits instantiated with types that C++ passes by value
// (bool, char, a native newtype, a class reference) and by const reference (int, a datatype,
// a seq): the override takes each parameter as the trait's template declares it, so that it
// overrides (a class extending Tr<bool> implements M(x: T) as M(x: bool)). Also a chain of
// generic traits, a method with an out-parameter, a default parameter value and a
// tail-recursive override. Calls go through the trait and through the class.
// Expected output recorded from Dafny 4.11: dafny run --no-verify (C#); the file verifies there.
newtype byte = x: int | 0 <= x < 256

datatype Color = Red | Green | Blue(shade: int)

class Cell {
  const v: int
  constructor(v: int) { this.v := v; }
}

trait Tr<T> {
  function Show(x: T): string
  method Both(x: T, y: T) returns (r: seq<T>)
}

trait Rec<T> {
  function Loop(x: T, n: nat): T decreases n
}

trait Middle<U> extends Tr<U> {
  function Twice(x: U): seq<U> { [x, x] }
}

class OfBool extends Tr<bool> {
  constructor() {}
  function Show(x: bool): string { if x then "yes" else "no" }
  method Both(x: bool, y: bool) returns (r: seq<bool>) { r := [x && y, x || y]; }
}

class OfChar extends Middle<char> {
  constructor() {}
  function Show(x: char): string { [x, x] }
  method Both(x: char, y: char) returns (r: seq<char>) { r := [y, x]; }
}

class OfByte extends Tr<byte> {
  constructor() {}
  function Show(x: byte): string { if x < 128 then "low" else "high" }
  method Both(x: byte, y: byte) returns (r: seq<byte>) { r := [x, y, x / 2 + y / 2]; }
}

class OfInt extends Tr<int>, Rec<int> {
  constructor() {}
  function Show(x: int): string { if x < 0 then "negative" else "natural" }
  method Both(x: int, y: int) returns (r: seq<int>) { r := [x + y]; }
  function Loop(x: int, n: nat): int decreases n { if n == 0 then x else Loop(x + 1, n - 1) }
}

class OfColor extends Middle<Color> {
  constructor() {}
  function Show(x: Color): string {
    match x
    case Red => "red"
    case Green => "green"
    case Blue(s) => if s > 0 then "light blue" else "blue"
  }
  method Both(x: Color, y: Color) returns (r: seq<Color>) { r := [y, x]; }
}

class OfSeq extends Tr<seq<int>> {
  constructor() {}
  function Show(x: seq<int>): string { if |x| == 0 then "empty" else "nonempty" }
  method Both(x: seq<int>, y: seq<int>) returns (r: seq<seq<int>>) { r := [x + y]; }
}

class OfCell extends Tr<Cell> {
  constructor() {}
  function Show(x: Cell): string { if x.v == 0 then "zero cell" else "cell" }
  method Both(x: Cell, y: Cell) returns (r: seq<Cell>) ensures r == [x, y] { r := [x, y]; }
}

method Use<T>(t: Tr<T>, a: T, b: T) {
  var r := t.Both(a, b);
  print t.Show(a), " ", t.Show(b), " ", |r|, "\n";
}

method Main() {
  var b := new OfBool();
  var r := b.Both(true, false);
  print b.Show(true), " ", r, "\n";
  Use(b, false, true);

  var c := new OfChar();
  var rc := c.Both('a', 'b');
  print c.Show('z'), " ", rc, " ", c.Twice('q'), "\n";
  Use(c, 'x', 'y');

  var y := new OfByte();
  var ry := y.Both(200, 100);
  print y.Show(7), " ", ry, "\n";
  Use(y, 1 as byte, 255 as byte);

  var i := new OfInt();
  var ri := i.Both(2, 3);
  print i.Show(-4), " ", ri, " ", i.Loop(10, 5), "\n";
  Use(i, -1, 1);
  var ti: Rec<int> := i;
  print ti.Loop(0, 100000), "\n";

  var o := new OfColor();
  var ro := o.Both(Red, Blue(3));
  print o.Show(Blue(0)), " ", ro, " ", o.Twice(Green), "\n";
  Use(o, Green, Blue(1));

  var s := new OfSeq();
  var rs := s.Both([1], [2, 3]);
  print s.Show([]), " ", rs, "\n";
  Use(s, [], [4]);

  var k := new OfCell();
  var z := new Cell(0);
  var one := new Cell(1);
  var rk := k.Both(z, one);
  print k.Show(one), " ", |rk|, " ", rk[1].v, "\n";
  Use(k, z, one);
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: yes [false, true]
// CHECK: no yes 2
// CHECK: zz ba qq
// CHECK: xx yy 2
// CHECK: low [200, 100, 150]
// CHECK: low high 3
// CHECK: negative [5] 15
// CHECK: negative natural 1
// CHECK: 100000
// CHECK: blue [Color.Blue(3), Color.Red] [Color.Green, Color.Green]
// CHECK: green light blue 2
// CHECK: empty [[1, 2, 3]]
// CHECK: empty nonempty 1
// CHECK: cell 2 1
// CHECK: zero cell cell 2
