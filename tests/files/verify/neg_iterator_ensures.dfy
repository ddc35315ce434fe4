// RUN: verify --allow-warnings --show-snippets false
// An ensures clause that fails at the end of the body (Dafny 4.11's message and positions).
iterator Upto(n: nat) yields (x: int)
  ensures |xs| == n + 1
{
  var i := 0;
  while i < n
    invariant i <= n && |xs| == i
  {
    yield i;
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_iterator_ensures.dfy(7,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_iterator_ensures.dfy(4,15): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
