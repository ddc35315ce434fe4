// RUN: verify --show-snippets false --allow-warnings
// Classes extending generic traits: the trait's fields, functions and methods seen through the
// class's extends clause (Container<T> for Bag<T>, Container<int> for Counter), with the
// override checks of each implementation.
trait Container<T> {
  var items: seq<T>
  function Size(): nat
    reads this
  {
    |items|
  }
  method Add(x: T)
    modifies this
    ensures items == old(items) + [x]
}

class Bag<T> extends Container<T> {
  constructor ()
    ensures items == []
  {
    items := [];
  }

  method Add(x: T)
    modifies this
    ensures items == old(items) + [x]
  {
    items := items + [x];
  }
}

class Counter extends Container<int> {
  var total: int

  constructor ()
    ensures items == [] && total == 0
  {
    items := [];
    total := 0;
  }

  method Add(x: int)
    modifies this
    ensures items == old(items) + [x]
    ensures total == old(total) + x
  {
    items := items + [x];
    total := total + x;
  }
}

method Main() {
  var b := new Bag<int>();
  b.Add(3);
  assert b.Size() == 1;
  var c: Container<int> := b;
  c.Add(4);
  assert c.items == [3, 4];
  var k := new Counter();
  k.Add(5);
  assert k.items == [5] && k.total == 5;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 11 verified, 0 errors
