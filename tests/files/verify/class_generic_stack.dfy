// RUN: verify --show-snippets false
// A generic class: each instantiation's fields are its own.
class Stack<T> {
  var elems: seq<T>
  constructor ()
    ensures elems == []
  {
    elems := [];
  }
  method Push(x: T)
    modifies this
    ensures elems == old(elems) + [x]
  {
    elems := elems + [x];
  }
  function Size(): nat
    reads this
  {
    |elems|
  }
  method Pop() returns (x: T)
    requires elems != []
    modifies this
    ensures elems + [x] == old(elems)
  {
    x := elems[|elems| - 1];
    elems := elems[..|elems| - 1];
  }
}

method Main() {
  var s := new Stack<int>();
  s.Push(3);
  s.Push(4);
  assert s.Size() == 2;
  var x := s.Pop();
  assert x == 4;
  var b := new Stack<bool>();
  b.Push(true);
  assert s.elems == [3];
  assert b.elems == [true];
  assert s.Size() == 1 && b.Size() == 1;
  var y := s.Pop();
  assert y == 4;
}

// CHECK-EXIT: 4
// CHECK: class_generic_stack.dfy(37,2): Error: assertion might not hold
// CHECK: class_generic_stack.dfy(40,2): Error: assertion might not hold
// CHECK: class_generic_stack.dfy(44,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 3 errors
