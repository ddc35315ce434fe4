// RUN: verify --show-snippets false
// Functions that read the heap keep their value where the heap does not change within their
// reads clause (Dafny's frame axiom), and only there. Expected output recorded from Dafny 4.11.
function Sum(a: array<int>, i: int): int
  requires 0 <= i < a.Length
  reads a
{
  a[i] + if i == 0 then 0 else Sum(a, i - 1)
}

class Cell {
  var v: int
  constructor(x: int) { v := x; }
}

function Get(c: Cell): int reads c { c.v }

function Total(s: set<Cell>, c: Cell): int reads s requires c in s { c.v }

method Other(a: array<int>, b: array<int>)
  requires a.Length == b.Length && a.Length > 0 && a != b
  modifies b
{
  var before := Sum(a, 0);
  b[0] := 7;
  assert Sum(a, 0) == before;
}

function First(a: array<int>): int requires a.Length > 0 reads a { a[0] }

method Same(a: array<int>)
  requires a.Length > 0
  modifies a
{
  var before := First(a);
  a[0] := a[0] + 1;
  assert First(a) == before;
}

method Cells(c: Cell, d: Cell, s: set<Cell>)
  requires c != d && c in s && d !in s
  modifies d
{
  var x := Get(c);
  var y := Total(s, c);
  d.v := 3;
  assert Get(c) == x;
  assert Total(s, c) == y;
  assert Get(d) == 3;
}

// CHECK-EXIT: 4
// CHECK: function_frame_axiom.dfy(37,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 8 verified, 1 error
