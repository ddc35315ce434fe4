// Std.ActionsExterns: producers over values that only the target language can enumerate
// efficiently. Dafny's standard library implements MakeSetReader in each target language; dfyc
// writes it in Dafny over one extern, SetElements, which dfyc's runtime defines
// (runtime/include/dfy/std/actions_externs.h). Names and contracts as in Dafny's standard
// library (stdlib/README.md); written for dfyc.
module Std.ActionsExterns {

  import opened Wrappers
  import opened Actions
  import opened Producers
  import opened Consumers
  import opened Frames
  import Collections.Seq

  // The elements of s, each once, in the order in which Dafny's C# enumerates (and prints) the
  // set, so that programs print what Dafny's print.
  method {:extern} {:axiom} SetElements<T>(s: set<T>) returns (elements: seq<T>)
    ensures Seq.HasNoDuplicates(elements)
    ensures Seq.ToSet(elements) == s

  // A producer of the elements of s, each once, in the target's order; and the proof that it
  // gives exactly those.
  method MakeSetReader<T>(s: set<T>) returns (p: Producer<T>, ghost proof: ProducerOfSetProof<T>)
    ensures p.Valid()
    ensures fresh(p.Repr)
    ensures p.history == []
    ensures proof.Producer() == p
    ensures proof.Set() == s
  {
    var elements := SetElements(s);
    var reader := new SetReader(s, elements);
    p := reader;
    proof := reader;
  }

  // A SeqReader of a set's elements (without duplicates), which is its own ProducerOfSetProof.
  @AssumeCrossModuleTermination
  class SetReader<T(==)> extends Producer<T>, ProducerOfSetProof<T> {

    ghost const original: set<T>
    const elements: seq<T>
    var index: nat

    constructor(original: set<T>, elements: seq<T>)
      requires Seq.HasNoDuplicates(elements)
      requires Seq.ToSet(elements) == original
      ensures Valid()
      ensures history == []
      ensures fresh(Repr)
      ensures this.original == original
    {
      this.original := original;
      this.elements := elements;
      this.index := 0;
      Repr := {this};
      history := [];
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      && this in Repr
      && ValidHistory(history)
      && index <= |elements|
      && Produced() == elements[..index]
      && (Done() ==> index == |elements|)
    }

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost predicate ValidOutputs(outputs: seq<Option<T>>)
      requires Partitioned(outputs)
      decreases Repr
    {
      && Seq.HasNoDuplicates(elements)
      && Seq.ToSet(elements) == original
      && ProducedOf(outputs) <= elements
      && (!Seq.All(outputs, IsSome) ==> ProducedOf(outputs) == elements)
    }

    function ProducedCount(): nat
      reads this, Repr
      requires Valid()
      ensures ProducedCount() == |Produced()|
    {
      index
    }

    // Unknown, as in Dafny's C# and Java MakeSetReader (an enumerator of the set's elements).
    function Remaining(): Option<nat>
      reads this, Repr
      requires Valid()
    {
      None
    }

    ghost function NestingDepth(): nat
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      0
    }

    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      (|elements| - index) as ORDINAL
    }

    method Invoke(t: ()) returns (value: Option<T>)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0, NestingDepth()
      ensures Ensures(t, value)
      ensures DecreasedBy(value)
    {
      assert Valid();
      ghost var outputs := Outputs();
      if |elements| == index {
        value := None;
      } else {
        assert !Done();
        value := Some(elements[index]);
        index := index + 1;
      }
      OutputsOfAppend(history, (t, value));
      UpdateHistory(t, value);
      assert Outputs() == outputs + [value];
      assert Partitioned(Outputs());
      ProducedComposition(outputs, [value]);
      assert elements[..index] == old(elements[..index]) + ProducedOf([value]);
    }

    method ForEach(consumer: IConsumer<T>, ghost totalActionProof: TotalActionProof<T, ()>)
      requires Valid()
      requires consumer.Valid()
      requires Repr !! consumer.Repr !! totalActionProof.Repr
      requires totalActionProof.Valid()
      requires totalActionProof.Action() == consumer
      modifies Repr, consumer.Repr
      ensures ValidChange()
      ensures consumer.ValidChange()
      ensures Done()
      ensures NewProduced() == consumer.NewInputs()
    {
      DefaultForEach(this, consumer, totalActionProof);
    }

    method Fill(consumer: Consumer<T>, ghost totalActionProof: TotalActionProof<T, bool>)
      requires Valid()
      requires consumer.Valid()
      requires consumer.Capacity().Some?
      requires Repr !! consumer.Repr !! totalActionProof.Repr
      requires totalActionProof.Valid()
      requires totalActionProof.Action() == consumer
      modifies Repr, consumer.Repr
      ensures ValidChange()
      ensures consumer.ValidChange()
      ensures Done() || consumer.Capacity() == Some(0)
      ensures NewProduced() == consumer.NewConsumed()
    {
      DefaultFill(this, consumer, totalActionProof);
    }

    ghost function Producer(): Producer<T> {
      this
    }

    ghost function Set(): set<T> {
      original
    }

    lemma ProducesSet(history: seq<((), Option<T>)>)
      requires Producer().ValidHistory(history)
      ensures
        var produced := ProducedOf(OutputsOf(history));
        && Seq.HasNoDuplicates(produced)
        && Seq.ToSet(produced) <= Set()
        && (!Seq.All(OutputsOf(history), IsSome) ==> Seq.ToSet(produced) == Set())
    {
      var produced := ProducedOf(OutputsOf(history));
      assert produced == elements[..|produced|];
    }
  }
}
