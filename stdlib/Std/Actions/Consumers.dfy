// Std.Consumers: actions that take values and give nothing back. Names and contracts as in
// Dafny's standard library (stdlib/README.md); written for dfyc.
module Std.Consumers {

  import opened Actions
  import opened Wrappers
  import opened Frames

  // Takes any number of T values.
  @AssumeCrossModuleTermination
  trait IConsumer<T> extends Action<T, ()> {

    twostate predicate ValidChange()
      reads this, Repr
      ensures ValidChange() ==> old(Valid()) && Valid()
      ensures ValidChange() ==> fresh(Repr - old(Repr))
      ensures ValidChange() ==> old(history) <= history
    {
      && fresh(Repr - old(Repr))
      && old(Valid())
      && Valid()
      && old(history) <= history
    }

    // Invoke, named for what it does.
    method Accept(t: T)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t)
      ensures Ensures(t, ())
    {
      assert Requires(t);
      var r := Invoke(t);
      assert r == ();
    }
  }

  // Collects what it takes in a sequence.
  @AssumeCrossModuleTermination
  class SeqWriter<T> extends IConsumer<T> {

    var values: seq<T>

    constructor ()
      ensures Valid()
      ensures fresh(Repr)
      ensures history == []
    {
      values := [];
      history := [];
      Repr := {this};
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      && this in Repr
      && values == Inputs()
    }

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost predicate ValidHistory(history: seq<(T, ())>)
      decreases Repr
    {
      true
    }

    ghost predicate ValidInput(history: seq<(T, ())>, next: T)
      requires ValidHistory(history)
      decreases Repr
    {
      true
    }

    ghost function Decreases(t: T): ORDINAL
      reads Reads(t)
    {
      0
    }

    method Invoke(t: T) returns (r: ())
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0
      ensures Ensures(t, r)
    {
      values := values + [t];
      r := ();
      UpdateHistory(t, r);
      assert Inputs() == old(Inputs()) + [t];
    }

    // The proof that a SeqWriter takes every value (for Producer.ForEach).
    ghost method totalActionProof() returns (p: TotalActionProof<T, ()>)
      ensures p.Valid()
      ensures fresh(p.Repr)
      ensures p.Action() == this
    {
      p := new SeqWriterTotalActionProof(this);
    }
  }

  @AssumeCrossModuleTermination
  class SeqWriterTotalActionProof<T> extends TotalActionProof<T, ()> {

    ghost const action: SeqWriter<T>

    ghost constructor (action: SeqWriter<T>)
      ensures Valid()
      ensures fresh(Repr)
      ensures Action() == action
    {
      this.action := action;
      this.Repr := {this};
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      decreases Repr, 0
    {
      this in Repr
    }

    twostate predicate ValidChange()
      reads this, Repr
      ensures ValidChange() ==> old(Valid()) && Valid() && fresh(Repr - old(Repr))
      decreases Repr, 0
    {
      old(Valid()) && Valid() && fresh(Repr - old(Repr))
    }

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost function Action(): Action<T, ()> {
      action
    }

    lemma AnyInputIsValid(history: seq<(T, ())>, next: T)
      requires Valid()
      requires Action().ValidHistory(history)
      ensures Action().ValidInput(history, next)
    {}
  }
}
