// RUN: run --no-verify --show-snippets false
// Default parameter values read in the callee's scope: its module's names from another module,
// `this` and destructors through another receiver, a generic class's type parameter, later
// formals, lambdas, defaults of defaults, tail calls that leave an argument out, and a ghost
// formal. Expected output recorded from Dafny 4.11:
// dafny run --no-verify default_parameters_scopes.dfy.
module Config {
  const Width := 80
  function Pad(s: string, n: nat := Width): nat { if |s| < n then n - |s| else 0 }
}

module Client {
  import Config
  const Width := 8
  method Show() {
    print Config.Pad("abc"), " ", Config.Pad("abc", Width), "\n";
  }
}

datatype Pair = Pair(a: int, b: int) {
  function Plus(k: int := a * 10): int { a + b + k }
  function Swap(other: Pair := Pair(b, a)): Pair { other }
  predicate Has(x: int := if this.a < b then a else b) { x == a || x == b }
}

class Stack<T> {
  var items: seq<T>
  constructor (init: seq<T> := []) {
    items := init;
  }
  method Push(x: T, times: nat := 1)
    modifies this
  {
    var i := 0;
    while i < times {
      items := items + [x];
      i := i + 1;
    }
  }
  method PushAll(xs: seq<T> := items)
    modifies this
  {
    items := items + xs;
  }
}

function Later(x: int := y + 1, y: int := 2): int { x * 100 + y }

function Apply(x: int, f: int -> int := z => z + x): int { f(x) }

function Nested(a: int := Later()): int { a }

function Count(n: nat, acc: int := 0): int
{
  if n == 0 then acc else Count(n - 1, acc := acc + 2)
}

function Restart(n: nat, acc: int := 100): int
{
  if n == 0 then acc else if n == 5 then Restart(n - 1) else Restart(n - 1, acc + 1)
}

method Log(msg: string, ghost level: nat := 0, prefix: string := "> ")
{
  print prefix, msg, "\n";
}

method Main() {
  Client.Show();
  var p := Pair(1, 2);
  print p.Plus(), " ", p.Plus(0), " ", p.Swap(), " ", p.Has(), " ", p.Has(x := 7), "\n";
  var s := new Stack<int>();
  s.Push(4);
  s.Push(5, 2);
  s.PushAll();
  print s.items, "\n";
  var t := new Stack(init := "ab");
  t.Push('c', times := 3);
  print t.items, "\n";
  print Later(), " ", Later(y := 5), " ", Later(1), "\n";
  print Apply(3), " ", Apply(3, z => z * z), " ", Nested(), "\n";
  print Count(10), " ", Count(3, 1), " ", Restart(8), "\n";
  Log("hello");
  Log("bye", prefix := "< ");
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 77 5
// CHECK: 13 3 Pair.Pair(2, 1) true false
// CHECK: [4, 5, 5, 4, 5, 5]
// CHECK: abccc
// CHECK: 302 605 102
// CHECK: 6 9 302
// CHECK: 20 7 104
// CHECK: > hello
// CHECK: < bye
