// RUN: verify --allow-warnings --show-snippets false
// Dafny 4.11 verifies it (8 verified).
// An iterator over a list it reads (reads l.Repr: a yield keeps those objects) while it
// modifies a cell of its own (modifies c), and a client loop.
class List {
  ghost var Contents: seq<int>
  ghost var Repr: set<object>
  var a: array<int>
  var n: nat

  ghost predicate Valid()
    reads this, Repr
    ensures Valid() ==> this in Repr
  {
    this in Repr && a in Repr && n <= a.Length && Contents == a[..n]
  }

  constructor Init(cap: nat)
    ensures Valid() && fresh(Repr) && Contents == []
  {
    Contents, n := [], 0;
    a := new int[cap];
    Repr := {this, a};
  }
}

class Cell { var data: int }

iterator Elements(l: List, c: Cell) yields (x: int)
  requires l.Valid()
  reads l.Repr
  modifies c
  yield ensures xs <= l.Contents
  yield ensures x == l.Contents[|xs| - 1]
  ensures xs == l.Contents
{
  var i := 0;
  while i < l.n
    invariant i <= l.n && i == |xs| && xs <= l.Contents
  {
    assert l.Valid();
    c.data := i;
    x := l.a[i];
    yield;
    i := i + 1;
  }
}

method Client(l: List) returns (s: seq<int>)
  requires l.Valid()
{
  var c := new Cell;
  var iter := new Elements(l, c);
  s := [];
  while true
    invariant iter.Valid() && fresh(iter._new)
    invariant iter.xs <= l.Contents && s == iter.xs
    decreases |l.Contents| - |iter.xs|
  {
    var more := iter.MoveNext();
    if !more { break; }
    s := s + [iter.x];
  }
  assert s == l.Contents;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 8 verified, 0 errors
