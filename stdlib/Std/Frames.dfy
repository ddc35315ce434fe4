// Std.Frames: the Valid()/Repr idiom as a trait, and mutable boxes. Names and contracts as in
// Dafny's standard library (stdlib/README.md); written for dfyc.
module Std.Frames {

  // An object whose invariant is Valid() and whose representation (the objects that invariant
  // and its methods read and modify) is Repr.
  trait Validatable extends object {
    ghost var Repr: set<object>

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      decreases Repr, 0

    // What a method that keeps the object valid promises: valid before and after, and any
    // object added to Repr is new.
    twostate predicate ValidChange()
      reads this, Repr
      ensures ValidChange() ==> old(Valid()) && Valid() && fresh(Repr - old(Repr))

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()

    // A component this object's validity depends on: inside Repr, disjoint from this, valid.
    ghost predicate ValidComponent(component: Validatable)
      reads this, Repr
    {
      && component in Repr
      && component.Repr <= Repr
      && this !in component.Repr
      && component.Valid()
    }

    twostate predicate ValidComponentChange(component: Validatable)
      reads this, Repr
    {
      && ValidComponent(component)
      && component.ValidChange()
    }

    twostate predicate ValidAndDisjoint()
      reads this, Repr
    {
      Valid() && fresh(Repr - old(Repr))
    }
  }

  // A ghost value in an object of its own, so that a frame can name it.
  class GhostBox<T> {
    ghost var value: T

    ghost constructor (value: T)
      ensures this.value == value
    {
      this.value := value;
    }
  }

  // A mutable value in an object of its own (`modifies Repr - {box}` names it).
  class Box<T> {
    var value: T

    constructor (value: T)
      ensures this.value == value
    {
      this.value := value;
    }
  }
}
