// Lambdas with reads clauses, each wrong in one way.
class Cell {
  var v: int
  var next: Cell?
}

// The body reads an object its reads clause does not name.
method Outside(c: Cell, d: Cell) {
  var f := x reads c => x + d.v;
}

// The reads clause reads a field of an object it does not name.
method FrameReadsOutside(c: Cell) {
  var f := (x: int) reads c.next => x;
}

// The body is checked in any later heap: c.v may be 0 there.
method LaterHeap(c: Cell)
  requires c.v == 1
{
  var f := (x: int) reads c => 10 / c.v;
}

// A value that reads c changes with c.
method Changes(c: Cell)
  modifies c
{
  var f := x reads c => c.v + x;
  var a := f(0);
  c.v := c.v + 1;
  assert f(0) == a;
}

// Its precondition must hold where it is applied.
method Partial(c: Cell) {
  var f := x requires x > 0 reads c => c.v / x;
  var y := f(0);
}

// A value that reads the heap is no total arrow.
method NotTotal(c: Cell) {
  var g: int -> int := x reads c => c.v;
}

// A function may call it only when it may read what it reads.
function Get(c: Cell): int {
  (x reads c => x + c.v)(1)
}

// RUN: verify --show-snippets false
// CHECK-EXIT: 4
// CHECK: neg_lambda_reads.dfy(9,30): Error: insufficient reads clause to read field; Consider adding 'reads d' in the enclosing lambda specification for resolution
// CHECK: neg_lambda_reads.dfy(14,28): Error: insufficient reads clause to read field; Consider adding 'reads c' in the enclosing lambda specification for resolution
// CHECK: neg_lambda_reads.dfy(21,34): Error: possible division by zero
// CHECK: neg_lambda_reads.dfy(31,2): Error: assertion might not hold
// CHECK: neg_lambda_reads.dfy(37,11): Error: function precondition could not be proved
// CHECK: neg_lambda_reads.dfy(42,23): Error: value does not satisfy the subset constraints of 'int -> int' (possible cause: it may be partial or have read effects)
// CHECK: neg_lambda_reads.dfy(47,2): Error: insufficient reads clause to invoke function
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 7 errors
