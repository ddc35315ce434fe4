// RUN: verify --allow-warnings --show-snippets false
// What a yield keeps (this, _reads) and what it does not, in the iterator and in clients.
// The errors are Dafny 4.11's: after J's loop, the interval analysis bounds i by 3 (line 23
// holds) and the invariant does the rest.
class Cell { var data: int }
iterator I(c: Cell, d: Cell) yields (x: int)
  reads d
  modifies c
{
  var v := c.data;
  var w := d.data;
  yield;
  assert d.data == w;
  assert c.data == v; // fails: c not in reads, a client may change it
}
iterator J(c: Cell) yields (x: int)
{
  var i := 0;
  while i < 3 invariant |xs| == i {
    yield;
    i := i + 1;
  }
  assert |xs| == 3;
  assert |xs| == 4; // fails
}
iterator K(c: Cell) yields (x: int)
  reads c
{
  var v := c.data;
  var i := 0;
  while i < 3 {
    yield;
    i := i + 1;
  }
  assert c.data == v;
  assert x == 0; // fails
}
method M() {
  var c := new Cell;
  c.data := 3;
  var it := new I(c, c);
  var more := it.MoveNext();
  assert c.data == 3; // fails: MoveNext modifies c
}
method N() {
  var c := new Cell;
  var d := new Cell;
  d.data := 3;
  var it := new I(c, c);
  var more := it.MoveNext();
  assert d.data == 3;
  assert it.c == c;
  if more { more := it.MoveNext(); }
  assert |it.xs| <= 2;
  assert |it.xs| <= 1; // fails
}

// CHECK-EXIT: 4
// CHECK: neg_iterator_frames.dfy(14,2): Error: assertion might not hold
// CHECK: neg_iterator_frames.dfy(24,2): Error: assertion might not hold
// CHECK: neg_iterator_frames.dfy(36,2): Error: assertion might not hold
// CHECK: neg_iterator_frames.dfy(43,2): Error: assertion might not hold
// CHECK: neg_iterator_frames.dfy(55,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 5 errors
