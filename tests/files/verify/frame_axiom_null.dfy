// A function's frame axiom needs the two heaps to agree on the objects of its reads clause
// other than null (Dafny's `$o != null && $o in reads`): across a call or a loop, which keep
// only the allocated objects outside their frames, a function reading f.reads(x) keeps its
// value. Std.Collections.Seq's Filter proves its `by method` loop so in a program with fields.
// Expected output recorded from Dafny 4.11 (`dafny verify --show-snippets false`).
class Cell {
  var v: int
  constructor () {}
}

function Get(f: int ~> int, x: int): int
  requires f.requires(x)
  reads f.reads(x)
{
  f(x)
}

method Bump(c: Cell)
  modifies c
{
  c.v := c.v + 1;
}

method AcrossCall(f: int ~> int, c: Cell, x: int)
  requires f.requires(x)
  requires c !in f.reads(x)
  modifies c
{
  var a := Get(f, x);
  Bump(c);
  assert Get(f, x) == a;
}

function Count(f: int ~> bool, xs: seq<int>): nat
  requires forall i :: 0 <= i < |xs| ==> f.requires(xs[i])
  reads set i, o | 0 <= i < |xs| && o in f.reads(xs[i]) :: o
{
  if |xs| == 0 then 0 else (if f(xs[0]) then 1 else 0) + Count(f, xs[1..])
}

lemma CountAppend(f: int ~> bool, xs: seq<int>, x: int)
  requires forall i :: 0 <= i < |xs| ==> f.requires(xs[i])
  requires f.requires(x)
  ensures Count(f, xs + [x]) == Count(f, xs) + (if f(x) then 1 else 0)
{
  if |xs| > 0 {
    assert (xs + [x])[1..] == xs[1..] + [x];
    CountAppend(f, xs[1..], x);
  }
}

method CountLoop(f: int ~> bool, xs: seq<int>) returns (n: nat)
  requires forall i :: 0 <= i < |xs| ==> f.requires(xs[i])
  ensures n == Count(f, xs)
{
  n := 0;
  for i := 0 to |xs|
    invariant n == Count(f, xs[..i])
  {
    CountAppend(f, xs[..i], xs[i]);
    assert xs[..i + 1] == xs[..i] + [xs[i]];
    n := n + if f(xs[i]) then 1 else 0;
  }
  assert xs[..|xs|] == xs;
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 9 verified, 0 errors
