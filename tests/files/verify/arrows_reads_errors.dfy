// ~> function values: each wrong in one way (reads, preconditions, frames, conversions).
class Cell { var v: int }

function NoReads(f: int ~> int, x: int): int
  requires f.requires(x)
{
  f(x)
}

ghost function AskRequires(f: int ~> int, x: int): bool
{
  f.requires(x)
}

ghost function AskReads(f: int ~> int, x: int): set<object?>
{
  f.reads(x)
}

method NoPrecondition(f: int ~> int) returns (y: int)
{
  y := f(0);
}

// The heap changes what f reads: its value may change.
method Changes(f: int ~> int, c: Cell) returns (a: int, b: int)
  requires forall x :: f.requires(x)
  requires f.reads(0) == {c}
  modifies c
{
  a := f(0);
  c.v := c.v + 1;
  b := f(0);
  assert a == b;
}

method Narrow(f: int ~> int) returns (g: int --> int)
  requires forall x :: f.requires(x)
{
  g := f;
}

method NarrowTotal(f: int ~> int) returns (h: int -> int)
  requires forall x :: f.requires(x)
{
  h := f;
}

function Map(f: int ~> int, xs: seq<int>): seq<int>
  requires forall i :: 0 <= i < |xs| ==> f.requires(xs[i])
  reads set i, o | 0 <= i < |xs| && o in f.reads(xs[i]) :: o
{
  if |xs| == 0 then [] else [f(xs[0])] + Map(f, xs[1..])
}

// Map reads what f reads, which a function without a reads clause may not.
function MapNoReads(f: int ~> int, xs: seq<int>): seq<int>
  requires forall i :: 0 <= i < |xs| ==> f.requires(xs[i])
{
  Map(f, xs)
}

// A ~> value whose results are not all of the result type.
method Results(xs: seq<int>) returns (r: seq<nat>)
{
  var f: int ~> nat := x => x - 1;
  r := [];
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 4
// CHECK: arrows_reads_errors.dfy(5,21): Error: insufficient reads clause to invoke function
// CHECK: arrows_reads_errors.dfy(12,12): Error: insufficient reads clause to invoke function
// CHECK: arrows_reads_errors.dfy(17,9): Error: function precondition could not be proved
// CHECK: arrows_reads_errors.dfy(17,9): Error: insufficient reads clause to invoke function
// CHECK: arrows_reads_errors.dfy(22,7): Error: function precondition could not be proved
// CHECK: arrows_reads_errors.dfy(33,7): Error: function precondition could not be proved
// CHECK: arrows_reads_errors.dfy(34,2): Error: assertion might not hold
// CHECK: arrows_reads_errors.dfy(40,7): Error: value does not satisfy the subset constraints of 'int --> int' (possible cause: it may have read effects)
// CHECK: arrows_reads_errors.dfy(46,7): Error: value does not satisfy the subset constraints of 'int -> int' (possible cause: it may be partial or have read effects)
// CHECK: arrows_reads_errors.dfy(58,51): Error: insufficient reads clause to invoke function
// CHECK: arrows_reads_errors.dfy(60,5): Error: insufficient reads clause to invoke function
// CHECK: arrows_reads_errors.dfy(66,23): Error: value of expression (of type 'int -> int') is not known to be an instance of type 'int ~> nat'
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 12 errors
