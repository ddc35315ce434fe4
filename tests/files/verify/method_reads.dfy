// RUN: verify --reads-clauses-on-methods --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny verify --reads-clauses-on-methods): each
// heap read of a method with a reads clause is checked against it, in its body and its
// specification, and so are its calls.
class Cell {
  var v: int
  constructor (x: int) ensures v == x { v := x; }
}

method ReadsNothing(c: Cell) returns (x: int)
  reads {}
{
  x := c.v;  // error: not in the reads clause
}

method ReadsCell(c: Cell) returns (x: int)
  reads c
{
  x := c.v;
}

method ReadsField(c: Cell, d: Cell) returns (x: int)
  reads c`v
{
  x := c.v;
  x := x + d.v;  // error
}

method ReadsArray(a: array<int>) returns (x: int)
  requires a.Length > 0
  reads {}
{
  x := a[0];  // error
}

function Get(c: Cell): int reads c { c.v }

method CallsFunction(c: Cell, d: Cell) returns (x: int)
  reads c
{
  x := Get(c);
  x := Get(d);  // error
}

method CallsMethod(c: Cell, d: Cell) returns (x: int)
  reads c
{
  x := ReadsCell(c);
  x := ReadsCell(d);  // error
  x := ReadsStar(c);  // error: reads *
}

method ReadsStar(c: Cell) returns (x: int)
{
  x := c.v;
}

method SpecReads(c: Cell) returns (x: int)
  requires c.v > 0  // error: the specification is checked too
  reads {}
{
  x := 1;
}

method OldIsFree(c: Cell)
  reads {}
  modifies c
  ensures old(c.v) == old(c.v)
{
}

method {:concurrent} Concurrent(c: Cell)
  reads c  // error
{
}

method {:concurrent} ConcurrentAssumed(c: Cell)
  reads {:assume_concurrent} c
{
}

lemma Lem(c: Cell)
  ensures c.v == c.v
{
}

method CallsLemma(c: Cell)
  reads {}
{
  Lem(c);
  ghost var g := c.v;  // error: ghost reads are checked too
}

// CHECK-EXIT: 4
// CHECK: method_reads.dfy(13,9): Error: insufficient reads clause to read field; Consider adding 'reads c' or 'reads c`v' in the enclosing method specification for resolution
// CHECK: method_reads.dfy(26,13): Error: insufficient reads clause to read field; Consider adding 'reads d' or 'reads d`v' in the enclosing method specification for resolution
// CHECK: method_reads.dfy(33,8): Error: insufficient reads clause to read array element; Consider adding 'reads a' in the enclosing method specification for resolution
// CHECK: method_reads.dfy(42,10): Error: insufficient reads clause to invoke function
// CHECK: method_reads.dfy(49,16): Error: insufficient reads clause to call
// CHECK: method_reads.dfy(50,16): Error: insufficient reads clause to call
// CHECK: method_reads.dfy(59,13): Error: insufficient reads clause to read field; Consider adding 'reads c' or 'reads c`v' in the enclosing method specification for resolution
// CHECK: method_reads.dfy(72,21): Error: reads clause could not be proved to be empty ({:concurrent} restriction)
// CHECK: method_reads.dfy(91,19): Error: insufficient reads clause to read field; Consider adding 'reads c' or 'reads c`v' in the enclosing method specification for resolution
// CHECK:
// CHECK: Dafny program verifier finished with 12 verified, 9 errors
