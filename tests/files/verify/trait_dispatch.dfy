// RUN: verify --show-snippets false --allow-warnings
// A trait's body-less predicate is the class's on the class's objects: a caller that holds a
// class object as the trait learns what the class's constructor established.
trait Counter {
  var count: int
  ghost predicate Valid() reads this
  method Increment()
    requires Valid()
    modifies this
    ensures Valid() && count == old(count) + 1
}

class Bounded extends Counter {
  var limit: int
  ghost predicate Valid() reads this { 0 <= count <= limit }
  constructor (n: nat)
    ensures Valid() && count == 0 && limit == n
  {
    count := 0;
    limit := n;
  }
  method Increment()
    requires Valid()
    modifies this
    ensures Valid() && count == old(count) + 1
  {
    count := count + 1;
    limit := if count > limit then count else limit;
  }
}

method Twice(c: Counter)
  requires c.Valid()
  modifies c
  ensures c.Valid() && c.count == old(c.count) + 2
{
  c.Increment();
  c.Increment();
}

method Main() {
  var b := new Bounded(5);
  var c: Counter := b;
  assert c.Valid();  // the override axiom: Counter.Valid is Bounded.Valid on b
  Twice(c);
  assert c.count == 2;
  assert b.count == 2;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 10 verified, 0 errors
