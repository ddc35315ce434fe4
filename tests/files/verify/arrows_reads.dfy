// ~> function values (reads the heap): f(x), f.requires(x) and f.reads(x) in the heap, a
// function whose reads clause is what its argument reads, frames across heap changes, ->
// and --> values and lambdas passed where a ~> is expected.
class Cell { var v: int }

function Apply(f: int ~> int, x: int): int
  requires f.requires(x)
  reads f.reads(x)
{
  f(x)
}

function MapAll(f: int ~> int, xs: seq<int>): (r: seq<int>)
  requires forall i :: 0 <= i < |xs| ==> f.requires(xs[i])
  reads set i, o | 0 <= i < |xs| && o in f.reads(xs[i]) :: o
  ensures |r| == |xs|
  ensures forall i {:trigger r[i]} :: 0 <= i < |xs| ==> r[i] == f(xs[i])
{
  if |xs| == 0 then [] else [f(xs[0])] + MapAll(f, xs[1..])
}

ghost function ReadsOf(f: int ~> int, x: int): set<object?>
  requires f.requires(x)
  reads f.reads(x)
{
  f.reads(x)
}

// A heap change outside what f reads keeps f's value.
method Frame(f: int ~> int, c: Cell, d: Cell) returns (a: int, b: int)
  requires f.requires(0) && f.reads(0) == {c} && c != d
  modifies d
  ensures a == b
{
  a := f(0);
  d.v := d.v + 1;
  b := f(0);
}

// Total and partial arrows read nothing.
method Total(f: int -> int, g: int --> int, xs: seq<int>)
  requires forall x :: g.requires(x)
{
  var r := MapAll(f, xs);
  var s := MapAll(g, xs);
  assert f.reads(0) == {} && g.reads(1) == {};
  var t := MapAll(x => x + 1, [1, 2]);
  assert t[1] == 3;
  var u := MapAll(x requires x > 0 => 10 / x, [5]);
  assert u == [2];
}

function Twice(x: int): int { 2 * x }

function UsesNothing(xs: seq<int>): seq<int> {
  MapAll(Twice, xs)
}

lemma UsesNothingValue()
  ensures UsesNothing([3]) == [6]
{}

// A generic function over ~> values, as Std.Collections.Seq.Map.
function Map<T, R>(f: T ~> R, xs: seq<T>): (result: seq<R>)
  requires forall i :: 0 <= i < |xs| ==> f.requires(xs[i])
  reads set i, o | 0 <= i < |xs| && o in f.reads(xs[i]) :: o
  ensures |result| == |xs|
  ensures forall i {:trigger result[i]} :: 0 <= i < |xs| ==> result[i] == f(xs[i])
{
  if |xs| == 0 then [] else [f(xs[0])] + Map(f, xs[1..])
}

lemma MapConcat<T, R>(f: T -> R, xs: seq<T>, ys: seq<T>)
  ensures Map(f, xs + ys) == Map(f, xs) + Map(f, ys)
{}

// A chain a == b == c over calls of a generic function.
function Unzip<A, B>(xs: seq<(A, B)>): (seq<A>, seq<B>)
  ensures |Unzip(xs).0| == |Unzip(xs).1| == |xs|
{
  if |xs| == 0 then ([], [])
  else
    var p := Unzip(xs[..|xs| - 1]);
    (p.0 + [xs[|xs| - 1].0], p.1 + [xs[|xs| - 1].1])
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 12 verified, 0 errors
