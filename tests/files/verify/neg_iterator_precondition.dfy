// RUN: verify --allow-warnings --show-snippets false
// The iterator's precondition at 'new' (Dafny 4.11's message and positions).
iterator Take(s: seq<int>, k: nat) yields (x: int)
  requires k <= |s|
  yield ensures |xs| <= k && x == s[|xs| - 1]
{
  var i := 0;
  while i < k
    invariant i <= k && |xs| == i
  {
    yield s[i];
    i := i + 1;
  }
}

method Client() {
  var it := new Take([1, 2], 3);
}

// CHECK-EXIT: 4
// CHECK: neg_iterator_precondition.dfy(17,12): Error: a precondition for this call could not be proved
// CHECK: neg_iterator_precondition.dfy(4,13): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 1 error
