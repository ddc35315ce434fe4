// RUN: verify --allow-warnings --show-snippets false
// A client calls MoveNext() again without knowing Valid() (the first may have returned false).
// Dafny 4.11's message and positions.
iterator Once() yields (x: int)
{
  yield 1;
}

method Client() {
  var it := new Once();
  var more := it.MoveNext();
  more := it.MoveNext();
}

// CHECK-EXIT: 4
// CHECK: neg_iterator_movenext_without_valid.dfy(12,21): Error: a precondition for this call could not be proved
// CHECK: neg_iterator_movenext_without_valid.dfy(4,9): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
