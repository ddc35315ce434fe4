// RUN: run --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run tail_recursion.dfy.
// Tail calls run as loops: each recursion below is 1,000,000 deep.
function SumTo(n: nat, acc: int): int
  decreases n
{
  if n == 0 then acc else SumTo(n - 1, acc + n)
}

function CountDown(n: nat): nat
{
  if n == 0 then 0 else var m := n - 1; CountDown(m)
}

function IndexOf<T(==)>(s: seq<T>, x: T, from: nat): int
  decreases |s| - from
{
  if from >= |s| then -1
  else if s[from] == x then from
  else IndexOf(s, x, from + 1)
}

datatype List = Nil | Cons(head: int, tail: List)

function Length(l: List, acc: nat): nat
{
  match l
  case Nil => acc
  case Cons(_, t) => Length(t, acc + 1)
}

method Build(n: nat, acc: List) returns (l: List)
{
  if n == 0 {
    l := acc;
  } else {
    l := Build(n - 1, Cons(n, acc));
  }
}

class Counter {
  var count: int
  constructor () { count := 0; }

  method Bump(n: nat)
    modifies this
  {
    if n > 0 {
      count := count + 1;
      Bump(n - 1);
    }
  }

  function Even(n: nat): bool
  {
    if n == 0 then true else if n == 1 then false else Even(n - 2)
  }
}

method Main()
{
  print SumTo(1000000, 0), "\n";
  print CountDown(1000000), "\n";
  var a := new int[1000000](i => i);
  var s := a[..];
  print IndexOf(s, 999999, 0), " ", IndexOf(s, -5, 0), "\n";
  var l := Build(1000000, Nil);
  print Length(l, 0), " ", if l.Cons? then l.head else 0, "\n";
  var c := new Counter();
  c.Bump(1000000);
  print c.count, " ", c.Even(1000000), " ", c.Even(999999), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 8 verified, 0 errors
// CHECK: 500000500000
// CHECK: 0
// CHECK: 999999 -1
// CHECK: 1000000 1
// CHECK: 1000000 true false
