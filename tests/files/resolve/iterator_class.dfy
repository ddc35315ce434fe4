// RUN: resolve --show-snippets false
// An iterator is a class to its clients: new, MoveNext(), the yield-parameter, its history,
// Valid() and _new.
iterator Gen(start: int) yields (x: int)
  yield ensures |xs| <= 10 && x == start + |xs| - 1
{
  var i := 0;
  while i < 10 invariant |xs| == i {
    x := start + i;
    yield;
    i := i + 1;
  }
  yield start;
}

method Main() {
  var g := new Gen(30);
  while true
    invariant g.Valid() && fresh(g._new)
    decreases 10 - |g.xs|
  {
    var more := g.MoveNext();
    if !more { break; }
    print g.x, g.start;
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
