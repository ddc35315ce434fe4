// RUN: verify --show-snippets false --allow-warnings
// A class's members implementing a trait's that redeclares the members of a trait it extends
// (Validatable's Valid, ValidChange and ValidImpliesValidChange through Action's, as in
// Std.Actions): in the override checks, the traits' calls on `this` are the class's along the
// whole chain, and the traits' fields are the class's instantiation's. Bad's lemma asks more
// than Validatable's. Expected output is Dafny 4.11's (`dafny verify --show-snippets false`).
trait Validatable {
  ghost var Repr: set<object>
  ghost predicate Valid()
    reads this, Repr
    ensures Valid() ==> this in Repr
  twostate predicate ValidChange()
    reads this, Repr
    ensures ValidChange() ==> old(Valid()) && Valid()
  twostate lemma ValidImpliesValidChange()
    requires old(Valid())
    requires unchanged(old(Repr))
    ensures ValidChange()
}
trait Action<I> extends Validatable {
  ghost var history: seq<I>
  ghost predicate Valid()
    reads this, Repr
    ensures Valid() ==> this in Repr
  twostate predicate ValidChange()
    reads this, Repr
    ensures ValidChange() ==> old(Valid()) && Valid()
    ensures ValidChange() ==> old(history) <= history
}
class Counter<I> extends Action<I> {
  ghost predicate Valid()
    reads this, Repr
    ensures Valid() ==> this in Repr
  {
    this in Repr
  }
  twostate predicate ValidChange()
    reads this, Repr
    ensures ValidChange() ==> old(Valid()) && Valid()
    ensures ValidChange() ==> old(history) <= history
  {
    old(Valid()) && Valid() && old(history) <= history
  }
  twostate lemma ValidImpliesValidChange()
    requires old(Valid())
    requires unchanged(old(Repr))
    ensures ValidChange()
  {}
}
class Bad<I> extends Action<I> {
  ghost predicate Valid()
    reads this, Repr
    ensures Valid() ==> this in Repr
  {
    this in Repr
  }
  twostate predicate ValidChange()
    reads this, Repr
    ensures ValidChange() ==> old(Valid()) && Valid()
    ensures ValidChange() ==> old(history) <= history
  {
    old(Valid()) && Valid() && old(history) <= history
  }
  twostate lemma ValidImpliesValidChange()
    requires old(Valid()) && old(history) == []
    requires unchanged(old(Repr))
    ensures ValidChange()
  {}
}

// CHECK-EXIT: 4
// CHECK: neg_trait_override_chain.dfy(64,17): Error: the method must provide an equal or more permissive precondition than in its parent trait
// CHECK:
// CHECK: Dafny program verifier finished with 20 verified, 1 error
