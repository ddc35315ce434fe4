// RUN: run --no-verify --show-snippets false
// Default parameter values and named arguments (methods, functions, constructors, datatype
// constructors): a call fills in each omitted argument with the formal's default, in which the
// other formals stand for the call's arguments (--no-verify: dfyc's verifier does not take
// default values yet). Expected output recorded from Dafny 4.11:
// dafny run --no-verify default_parameters.dfy.
datatype Color = Red | Green | Blue

datatype Point = Point(x: int, y: int := x + 1, tag: string := "p")

datatype Box<T> = Box(value: T, items: seq<T> := [value, value])

function Add(a: int, b: int := 10): int { a + b }

function Scale(n: nat := 3, factor: int := n * 2): int { n * factor }

function Chain(a: int, b: int := a + 1, c: int := b * 10): int { a + b + c }

function Pick<T>(x: T, xs: seq<T> := [x]): seq<T> { xs + [x] }

method Greet(name: string, greeting: string := "Hello", times: nat := 1)
{
  var i := 0;
  while i < times {
    print greeting, ", ", name, "!\n";
    i := i + 1;
  }
}

method Split(n: int, d: int := 2) returns (q: int, r: int)
{
  q := n / d;
  r := n % d;
}

method Shade(c: Color := Blue, ghost g: int := 0) returns (s: string)
{
  s := if c == Red then "red" else if c == Green then "green" else "blue";
}

class Counter {
  var count: int
  const step: int

  constructor (start: int := 0, step: int := 1)
  {
    count := start;
    this.step := step;
  }

  method Tick(times: nat := 1)
    modifies this
  {
    var i := 0;
    while i < times {
      count := count + step;
      i := i + 1;
    }
  }

  function Next(inc: int := step): int
    reads this
  {
    count + inc
  }

  method TickTwice()
    modifies this
  {
    Tick();
    Tick(times := 2);
    print Next(), " ", Next(inc := 100), "\n";
  }

  static function Twice(x: int, y: int := x): int { x + y }
}

class Named {
  var lbl: string
  constructor Make(lbl: string := "anonymous", n: int := |lbl|)
  {
    this.lbl := lbl + "#" + IntToString(n);
  }
}

function IntToString(n: int): string
  decreases if n < 0 then 1 - n else n
{
  if n < 0 then "-" + IntToString(-n)
  else if n < 10 then [['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'][n]]
  else IntToString(n / 10) + IntToString(n % 10)
}

function Sum(n: nat, acc: int := 0): int
{
  if n == 0 then acc else Sum(n - 1, acc + n)
}

method Main()
{
  print Add(1), " ", Add(1, 2), " ", Add(b := 5, a := 1), "\n";
  print Scale(), " ", Scale(4), " ", Scale(factor := 1), " ", Scale(2, 5), "\n";
  print Chain(1), " ", Chain(1, 5), " ", Chain(1, c := 0), " ", Chain(a := 2, c := 7), "\n";
  print Pick(7), " ", Pick('a', xs := "bc"), "\n";
  Greet("world");
  Greet("Dafny", times := 2, greeting := "Hi");
  var q, r := Split(7);
  print q, " ", r, "\n";
  q, r := Split(d := 3, n := -7);
  print q, " ", r, "\n";
  var s := Shade();
  var t := Shade(Red);
  print s, " ", t, "\n";
  var p := Point(1);
  var p2 := Point(1, tag := "q");
  var p3 := Point(y := 0, x := 5);
  print p, " ", p2, " ", p3, "\n";
  var b := Box(3);
  var b2 := Box(value := 'z', items := "xy");
  print b, " ", b2, "\n";
  var c := new Counter();
  c.Tick();
  c.Tick(3);
  print c.count, " ", c.Next(), " ", c.Next(inc := -1), "\n";
  var c2 := new Counter(step := 5, start := 100);
  c2.TickTwice();
  print c2.count, "\n";
  print Counter.Twice(4), " ", Counter.Twice(4, 1), "\n";
  var n := new Named.Make();
  var n2 := new Named.Make("xyz");
  var n3 := new Named.Make(n := 42);
  print n.lbl, " ", n2.lbl, " ", n3.lbl, "\n";
  print Sum(100), " ", Sum(10, 1000), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 11 3 6
// CHECK: 18 32 3 10
// CHECK: 23 56 3 12
// CHECK: [7, 7] bca
// CHECK: Hello, world!
// CHECK: Hi, Dafny!
// CHECK: Hi, Dafny!
// CHECK: 3 1
// CHECK: -3 2
// CHECK: blue red
// CHECK: Point.Point(1, 2, "p") Point.Point(1, 2, "q") Point.Point(5, 0, "p")
// CHECK: Box.Box(3, [3, 3]) Box.Box('z', ['x', 'y'])
// CHECK: 4 5 3
// CHECK: 120 215
// CHECK: 115
// CHECK: 8 5
// CHECK: anonymous#9 xyz#3 anonymous#42
// CHECK: 5050 1055
