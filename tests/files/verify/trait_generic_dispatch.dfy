// RUN: verify --show-snippets false --allow-warnings
// A generic trait's functions on objects of the classes that implement them (Dafny's override
// axiom): the trait's Req, whose body calls the abstract Valid, holds of a class's object when
// the class's Valid does, for a generic class (C<I> extends Tr<I>) and for a class extending
// one instantiation (D extends Tr<int>).
// Expected output is Dafny 4.11's (`dafny verify`), which verifies the file.
trait Tr<I> extends object {
  ghost var Repr: set<object>
  ghost predicate Valid() reads this, Repr
  ghost predicate Req(i: I) reads this, Repr { Valid() }
  ghost function Mods(i: I): set<object> reads this, Repr { Repr }
  ghost function Dec(i: I): nat reads this, Repr
  method Invoke(i: I)
    requires Req(i)
    modifies Mods(i)
    decreases Dec(i)
    ensures Valid()
}
class C<I> extends Tr<I> {
  var count: int
  ghost predicate Valid() reads this, Repr { this in Repr && count >= 0 }
  ghost function Dec(i: I): nat reads this, Repr { 0 }
  method Invoke(i: I)
    requires Req(i)
    modifies Mods(i)
    decreases Dec(i)
    ensures Valid()
  {
    assert Valid();
    count := count + 1;
  }
}
class D extends Tr<int> {
  var count: int
  ghost predicate Valid() reads this, Repr { this in Repr && count >= 0 }
  ghost function Dec(i: int): nat reads this, Repr { 0 }
  method Invoke(i: int)
    requires Req(i)
    modifies Mods(i)
    decreases Dec(i)
    ensures Valid()
  {
    assert Valid();
    count := count + 1;
  }
}
method Client(c: C<int>)
  requires c.Valid()
  modifies c.Repr
{
  assert c.Req(3);
  c.Invoke(3);
  assert c.Valid();
}

method ClientD(d: D)
  requires d.Valid()
  modifies d.Repr
{
  var t: Tr<int> := d;
  assert t.Req(3);
  t.Invoke(3);
  assert t.Valid() && d.Valid();
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 20 verified, 0 errors
