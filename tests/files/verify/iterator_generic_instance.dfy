// RUN: verify --allow-warnings --show-snippets false
// A generic iterator's in-parameters are consts of the iterator object per instantiation: a
// client's `new M(l, c)` at M<int> states them at M<int>, where the iterator's requires reads
// them (dafny3 Iter failed so before). Dafny 4.11 prints the same (6 verified, 1 error) and
// names the predicate body (9,50) as a further related location.
class Cell { var data: int }
class List<T> {
  ghost var Repr: set<object>
  ghost predicate Valid() reads this, Repr { this in Repr }
}
iterator M<T(0)>(l: List<T>, c: Cell) requires l.Valid() reads l.Repr
{
}
method Client(l: List<int>) requires l.Valid() {
  var c := new Cell;
  var iter := new M(l, c);
}
method NoValid(l: List<int>) {
  var c := new Cell;
  var iter := new M(l, c);
}
// CHECK-EXIT: 4
// CHECK: iterator_generic_instance.dfy(20,14): Error: a precondition for this call could not be proved
// CHECK: iterator_generic_instance.dfy(11,54): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 1 error
