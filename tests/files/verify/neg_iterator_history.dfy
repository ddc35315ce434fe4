// RUN: verify --allow-warnings --show-snippets false
// A client relies on a history MoveNext() does not guarantee (Dafny 4.11's message).
iterator Gen(start: int) yields (x: int)
  yield ensures x == start + |xs| - 1
{
  var i := 0;
  while i < 100
    invariant |xs| == i
  {
    x := start + i;
    yield;
    i := i + 1;
  }
}

method Client() {
  var it := new Gen(5);
  var more := it.MoveNext();
  assert more ==> it.x == 5;
  // Not guaranteed: MoveNext may have returned false.
  assert it.xs == [5];
}

// CHECK-EXIT: 4
// CHECK: neg_iterator_history.dfy(21,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
