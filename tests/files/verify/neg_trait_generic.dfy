// RUN: verify --show-snippets false --allow-warnings
// A class extending a generic trait whose method breaks the trait's postcondition, and a
// caller that expects more of the trait's method than it promises.
trait Stack<T> {
  var elems: seq<T>
  method Push(x: T)
    modifies this
    ensures elems == [x] + old(elems)
}

class ListStack<T> extends Stack<T> {
  method Push(x: T)
    modifies this
    ensures elems == old(elems) + [x]
  {
    elems := elems + [x];
  }
}

method Use(s: Stack<int>)
  modifies s
{
  s.elems := [1];
  s.Push(2);
  assert s.elems == [1, 2];
}

// CHECK-EXIT: 4
// CHECK: neg_trait_generic.dfy(12,9): Error: the method must provide an equal or more detailed postcondition than in its parent trait
// CHECK: neg_trait_generic.dfy(25,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 2 errors
