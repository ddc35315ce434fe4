// RUN: verify --show-snippets false --allow-warnings
// Two-state predicates, functions and lemmas declared in traits (generic ones too) and
// overridden in classes: the override checks have a previous state of their own, and calls
// through the trait use the trait's contracts.
// Expected output is Dafny 4.11's (`dafny verify`), which verifies the file.
trait Validatable {
  ghost var Repr: set<object>
  ghost predicate Valid()
    reads this, Repr
    ensures Valid() ==> this in Repr
  twostate predicate ValidChange()
    reads this, Repr
    ensures ValidChange() ==> old(Valid()) && Valid() && fresh(Repr - old(Repr))
  twostate lemma ValidImpliesValidChange()
    requires old(Valid())
    requires unchanged(old(Repr))
    ensures ValidChange()
}

trait Counter<T> extends Validatable {
  var count: nat
  ghost var log: seq<T>
  twostate function NewEntries(): seq<T>
    reads this
    requires old(log) <= log
  {
    log[|old(log)|..]
  }
  twostate predicate Grew(new x: T)
    reads this
    ensures Grew(x) ==> old(count) <= count
  method Add(x: T)
    requires Valid()
    modifies Repr
    ensures ValidChange() && Grew(x)
}

class Tally<T> extends Counter<T> {
  constructor ()
    ensures Valid() && fresh(Repr)
  {
    count := 0;
    log := [];
    Repr := {this};
  }
  ghost predicate Valid()
    reads this, Repr
    ensures Valid() ==> this in Repr
  {
    this in Repr && Repr == {this} && |log| == count
  }
  twostate predicate ValidChange()
    reads this, Repr
    ensures ValidChange() ==> old(Valid()) && Valid() && fresh(Repr - old(Repr))
  {
    old(Valid()) && Valid() && fresh(Repr - old(Repr)) && old(count) <= count
  }
  twostate lemma ValidImpliesValidChange()
    requires old(Valid())
    requires unchanged(old(Repr))
    ensures ValidChange()
  {}
  twostate predicate Grew(new x: T)
    reads this
    ensures Grew(x) ==> old(count) <= count
  {
    old(count) < count
  }
  method Add(x: T)
    requires Valid()
    modifies Repr
    ensures ValidChange() && Grew(x)
  {
    count := count + 1;
    log := log + [x];
  }
}

method Client(c: Counter<int>)
  requires c.Valid()
  modifies c.Repr
  ensures c.Valid()
{
  c.Add(5);
  assert c.count >= old(c.count);
}

method Main() {
  var t := new Tally<string>();
  t.Add("a");
  t.Add("b");
  assert t.count >= 2;
  print t.count, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 22 verified, 0 errors
