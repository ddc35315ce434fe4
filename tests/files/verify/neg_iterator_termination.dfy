// RUN: verify --allow-warnings --show-snippets false
// Loops of an iterator's body without a decreases clause: Dafny's yield count comes first in
// the inferred one, so a loop that yields on every iteration terminates; Bad yields on only
// some (Dafny 4.11's message and position).
iterator Gen(start: int) yields (x: int)
  yield ensures x == start + |xs| - 1
{
  var i := 0;
  while true
    invariant |xs| == i
  {
    x := start + i;
    yield;
    i := i + 1;
  }
}
iterator Bad() yields (x: int)
{
  var i := 0;
  while true
  {
    if i % 2 == 0 { yield; }
    i := i + 1;
  }
}
iterator Nested(n: nat) yields (x: int)
{
  var i := 0;
  while i < n
  {
    var j := 0;
    while j < 3 {
      yield j;
      j := j + 1;
    }
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_iterator_termination.dfy(20,2): Error: cannot prove termination; try supplying a decreases clause for the loop
// CHECK:
// CHECK: Dafny program verifier finished with 5 verified, 1 error
