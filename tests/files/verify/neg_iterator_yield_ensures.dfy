// RUN: verify --allow-warnings --show-snippets false
// A yield ensures clause that fails at a yield (Dafny 4.11's message and positions).
iterator Evens(n: nat) yields (x: int)
  yield ensures x % 2 == 0
{
  var i := 0;
  while i < n {
    x := 2 * i + 1;
    yield;
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_iterator_yield_ensures.dfy(9,4): Error: possible violation of yield-ensures condition
// CHECK: neg_iterator_yield_ensures.dfy(4,22): Related location: this is the yield ensures that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
