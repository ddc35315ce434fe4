// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Iterators.
// Expected output recorded from Dafny 4.11: dafny run --no-verify feature_iterators.dfy.
iterator Range(lo: int, hi: int) yields (x: int)
  requires lo <= hi
  yield ensures |xs| <= hi - lo
  ensures |xs| == hi - lo
{
  var i := lo;
  while i < hi
    invariant lo <= i <= hi
    invariant |xs| == i - lo
  {
    x := i;
    yield;
    i := i + 1;
  }
}

// Yields two values at once.
iterator Fib(limit: nat) yields (a: nat, b: nat)
{
  var p, q := 0, 1;
  while p <= limit
    decreases limit - p + 1
  {
    yield p, q;
    p, q := q, p + q;
  }
}

iterator Words(s: seq<string>) yields (w: string, index: nat)
{
  var i := 0;
  while i < |s|
  {
    yield s[i], i;
    i := i + 1;
  }
  print "(Words is done)\n";
}

class Cell { var v: int constructor(v: int) { this.v := v; } }

// An iterator that changes the heap.
iterator Doubler(c: Cell, times: nat) yields (value: int)
  modifies c
{
  var k := 0;
  while k < times {
    c.v := 2 * c.v;
    yield c.v;
    k := k + 1;
  }
}

method Main() decreases * {
  var r := new Range(3, 7);
  while true
    decreases *
  {
    var more := r.MoveNext();
    if !more { break; }
    print " ", r.x;
  }
  print "\n";
  var f := new Fib(50);
  var more := f.MoveNext();
  while more
    decreases *
  {
    print " ", f.a, ":", f.b;
    more := f.MoveNext();
  }
  print "\n";
  var w := new Words(["alpha", "beta"]);
  more := w.MoveNext();
  while more
    decreases *
  {
    print " ", w.index, "=", w.w;
    more := w.MoveNext();
  }
  print " | ", w.s, "\n";
  var c := new Cell(3);
  var d := new Doubler(c, 3);
  more := d.MoveNext();
  while more
    decreases *
  {
    print " ", d.value, " ", c.v, ";";
    more := d.MoveNext();
  }
  print "\n";
  // Two iterators of the same kind run independently.
  var r1 := new Range(0, 3);
  var r2 := new Range(10, 13);
  var m1 := r1.MoveNext();
  var m2 := r2.MoveNext();
  m2 := r2.MoveNext();
  print r1.x, " ", r2.x, " ", r1.lo, " ", r2.hi, " ", m1, " ", m2, "\n";
  print r1, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK:  3 4 5 6
// CHECK:  0:1 1:1 1:2 2:3 3:5 5:8 8:13 13:21 21:34 34:55
// CHECK:  0=alpha 1=beta(Words is done)
// CHECK:  | [['a', 'l', 'p', 'h', 'a'], ['b', 'e', 't', 'a']]
// CHECK:  6 6; 12 12; 24 24;
// CHECK: 0 11 0 13 true true
// CHECK: _module.Range
