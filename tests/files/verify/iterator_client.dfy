// RUN: verify --allow-warnings --show-snippets false
// Iterators and their clients: new, MoveNext() in a loop, the yield-parameter, its history,
// Valid() and _new, and 'yield e'. Dafny 4.11 verifies it (6 verified).
iterator Count(n: nat) yields (x: int)
  yield ensures |xs| <= n && x == |xs| - 1
  ensures |xs| == n
{
  var i := 0;
  while i < n
    invariant i <= n && |xs| == i
  {
    x := i;
    yield;
    i := i + 1;
  }
}

iterator Squares(k: nat) yields (sq: int)
  yield ensures sq == (|sqs| - 1) * (|sqs| - 1)
{
  var i := 0;
  while i < k
    invariant |sqs| == i
  {
    yield i * i;
    i := i + 1;
  }
}

method Client() returns (sum: int) {
  var it := new Count(3);
  assert it.n == 3 && it.xs == [];
  sum := 0;
  while true
    invariant it.Valid() && fresh(it._new)
    invariant |it.xs| <= 3 && it.n == 3
    decreases 3 - |it.xs|
  {
    var more := it.MoveNext();
    if !more { break; }
    assert it.x == |it.xs| - 1;
    sum := sum + it.x;
  }
  assert |it.xs| == 3;
}

method Two() {
  var s := new Squares(10);
  var more := s.MoveNext();
  if more {
    assert s.sqs == [0] && s.sq == 0;
    more := s.MoveNext();
    if more { assert s.sq == 1; }
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 0 errors
