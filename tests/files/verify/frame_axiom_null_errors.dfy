// A function's frame axiom keeps its value only where the heap is unchanged on the objects
// its reads clause names: a call that may modify one of them may change it. Expected output
// recorded from Dafny 4.11 (`dafny verify --show-snippets false`).
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
  modifies c
{
  var a := Get(f, x);
  Bump(c);
  assert f.requires(x);
}

method Value(c: Cell)
  modifies c
{
  var f := (x: int) reads c => c.v;
  var a := Get(f, 0);
  Bump(c);
  assert Get(f, 0) == a;
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 4
// CHECK: frame_axiom_null_errors.dfy(28,2): Error: assertion might not hold
// CHECK: frame_axiom_null_errors.dfy(37,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 2 errors
