// RUN: verify --show-snippets false --allow-warnings
// Consts of classes that need their object: set by the constructor (any number of times in its
// first phase), or defined from other consts; heap-independent, so functions read them freely.
class Buffer {
  const Capacity: nat
  const Twice: nat := Capacity * 2
  const items: seq<Buffer>
  var size: nat

  constructor (n: nat)
    ensures Capacity == n && Twice == 2 * n && size == 0 && items == []
  {
    Capacity := n;
    Capacity := n + 1;
    size := 0;
    Capacity := n;
    items := [];
  }

  function Room(): int reads {} { Capacity }  // no reads clause needed for a const

  predicate Full() reads this { size == Capacity }

  method Add()
    requires size < Capacity
    modifies this
    ensures size == old(size) + 1
  {
    size := size + 1;
  }
}

method Use(b: Buffer, c: Buffer?)
  requires b.Capacity > 0 && b.size == 0
  modifies b
{
  var before := b.Capacity;
  b.Add();
  assert b.Capacity == before;  // consts do not change
  assert b.Room() >= 0;
  assert forall x :: x in b.items ==> x.Twice == 2 * x.Capacity;
  var r := c.Capacity;  // c may be null
}

method Make() {
  var b := new Buffer(3);
  assert b.Twice == 6;
  assert b.Capacity == 4;  // wrong
}



// CHECK-EXIT: 4
// CHECK: class_const_members.dfy(42,13): Error: target object might be null
// CHECK: class_const_members.dfy(48,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 2 errors
