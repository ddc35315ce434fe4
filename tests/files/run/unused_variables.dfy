// RUN: run --no-verify --allow-warnings --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings unused_variables.dfy (it verifies there; dfyc does not verify forall statements over `x <- collection` yet).
// C++ that -Wall -Wextra -Werror accepts (cpp/werror compiles every run test so): parameters
// and locals read only in specifications, pattern variables a body ignores, and comparisons of
// a reference, bool, char or native integer with itself.
class Cell {
  var value: int
  constructor (v: int) ensures value == v { value := v; }
}

datatype Pair = Pair(flag: bool, count: int)

newtype byte = x: int | 0 <= x < 256

function Three(x: int, ghostly: bool): int { 3 }

method Sum(a: array<int>, n: nat) returns (s: int)
  requires n == a.Length
{
  s := 0;
  var done := false;
  var i := 0;
  while i < a.Length
    invariant 0 <= i <= a.Length
    invariant done ==> i > 0
  {
    s := s + a[i];
    done := true;
    i := i + 1;
  }
}

method Fill(a: array<int>)
  requires a.Length > 0
  modifies a
{
  forall k <- {1, 2} {:nowarn} {
    a[0] := 50;
  }
}

method Main() {
  var a := new int[3](i => i + 1);
  var s := Sum(a, 3);
  var unused := true;
  var c := new Cell(4);
  var b: byte := 7;
  var ch := 'x';
  var t := s > 2;
  print s, " ", Three(1, false), "\n";
  print c == c, " ", c != c, " ", b == b, " ", b < b, " ", ch == ch, " ", t == t, " ", t <==> t, "\n";
  var p := Pair(true, 2);
  var Pair(f, n) := p;
  match p {
    case Pair(flag, count) => print count, "\n";
  }
  var m := match p case Pair(x, y) => y + n;
  var k := var ignored := true; 5;
  var g := (z: int, w: bool) => z + 1;
  print m, " ", k, " ", g(1, false), "\n";
  Fill(a);
  print a[0], " ", set x {:nowarn} | x in {true, false} :: 1, "\n";
}
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 6 3
// CHECK: true false true false true true true
// CHECK: 2
// CHECK: 4 5 2
// CHECK: 50 {1}
