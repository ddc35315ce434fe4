// Std.Producers: actions that take nothing and give values; a Producer gives Some(value) until
// it is exhausted, then None. Names and contracts as in Dafny's standard library
// (stdlib/README.md); written for dfyc.
module Std.Producers {

  import opened Actions
  import opened Consumers
  import opened Wrappers
  import opened Frames
  import Collections.Seq

  // Gives a T each time, without end.
  @AssumeCrossModuleTermination
  trait IProducer<T> extends Action<(), T> {

    // Invoke, named for what it does.
    method Next() returns (r: T)
      requires Requires(())
      modifies Modifies(())
      decreases Decreases(())
      ensures Ensures((), r)
    {
      assert Requires(());
      r := Invoke(());
    }
  }

  predicate IsSome<T>(o: Option<T>) {
    o.Some?
  }

  predicate IsNone<T>(o: Option<T>) {
    o.None?
  }

  // A producer's outputs: values, then None only.
  ghost predicate Partitioned<T>(outputs: seq<Option<T>>) {
    forall i, j | 0 <= i < j < |outputs| && outputs[i].None? :: outputs[j].None?
  }

  // The values among a producer's outputs (those before the first None).
  function ProducedOf<T>(outputs: seq<Option<T>>): seq<T> {
    if |outputs| == 0 || outputs[0].None? then []
    else [outputs[0].value] + ProducedOf(outputs[1..])
  }

  lemma ProducedComposition<T>(left: seq<Option<T>>, right: seq<Option<T>>)
    requires Partitioned(left + right)
    ensures Partitioned(left) && Partitioned(right)
    ensures ProducedOf(left + right) == ProducedOf(left) + ProducedOf(right)
  {
    var all := left + right;
    assert Partitioned(left) by {
      forall i, j | 0 <= i < j < |left| && left[i].None? ensures left[j].None? {
        assert left[i] == all[i] && left[j] == all[j];
      }
    }
    assert Partitioned(right) by {
      forall i, j | 0 <= i < j < |right| && right[i].None? ensures right[j].None? {
        assert right[i] == all[|left| + i] && right[j] == all[|left| + j];
      }
    }
    if left == [] {
      assert all == right;
    } else if left[0].None? {
      if 0 < |right| {
        assert all[0].None?;
        assert all[|left|] == right[0];
      }
    } else {
      assert all[1..] == left[1..] + right;
      ProducedComposition(left[1..], right);
    }
  }

  lemma OutputsOfAppend<I, O>(history: seq<(I, O)>, step: (I, O))
    ensures OutputsOf(history + [step]) == OutputsOf(history) + [step.1]
    ensures InputsOf(history + [step]) == InputsOf(history) + [step.0]
  {}

  lemma OutputsOfPrefix<I, O>(older: seq<(I, O)>, newer: seq<(I, O)>)
    requires older <= newer
    ensures OutputsOf(older) <= OutputsOf(newer)
    ensures OutputsOf(newer) == OutputsOf(older) + OutputsOf(newer)[|older|..]
    ensures InputsOf(older) <= InputsOf(newer)
    ensures InputsOf(newer) == InputsOf(older) + InputsOf(newer)[|older|..]
  {}

  // Gives Some(value) until exhausted, then None (and None ever after).
  @AssumeCrossModuleTermination
  trait Producer<T> extends Action<(), Option<T>>, TotalActionProof<(), Option<T>> {

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0

    ghost function Action(): Action<(), Option<T>> {
      this
    }

    twostate predicate ValidChange()
      reads this, Repr
      ensures ValidChange() ==> old(Valid()) && Valid()
      ensures ValidChange() ==> fresh(Repr - old(Repr))
      ensures ValidChange() ==> old(history) <= history
    {
      && old(Valid()) && Valid()
      && fresh(Repr - old(Repr))
      && old(history) <= history
    }

    ghost predicate ValidInput(history: seq<((), Option<T>)>, next: ())
      requires ValidHistory(history)
      decreases Repr
    {
      true
    }

    ghost predicate ValidHistory(history: seq<((), Option<T>)>)
      decreases Repr
    {
      var outputs := OutputsOf(history);
      Partitioned(outputs) && ValidOutputs(outputs)
    }

    // What this producer's outputs can be, beyond Partitioned.
    ghost predicate ValidOutputs(outputs: seq<Option<T>>)
      requires Partitioned(outputs)
      decreases Repr

    // The values given so far.
    ghost function Produced(): seq<T>
      reads this
    {
      ProducedOf(Outputs())
    }

    twostate function NewProduced(): seq<T>
      requires old(history) <= history
      reads this, Repr
    {
      ProducedOf(NewOutputs())
    }

    twostate lemma ProducedAndNewProduced()
      requires ValidChange()
      ensures Produced() == old(Produced()) + NewProduced()
    {
      OutputsOfPrefix(old(history), history);
      ProducedComposition(old(Outputs()), NewOutputs());
    }

    // True once it has given None.
    ghost predicate Done()
      reads this
    {
      !Seq.All(Outputs(), IsSome)
    }

    function ProducedCount(): nat
      reads this, Repr
      requires Valid()
      ensures ProducedCount() == |Produced()|

    // How many more values it will give, if known.
    function Remaining(): Option<nat>
      reads this, Repr
      requires Valid()

    lemma AnyInputIsValid(history: seq<((), Option<T>)>, next: ())
      requires Action().ValidHistory(history)
      ensures Action().ValidInput(history, next)
    {}

    // A bound on the values still to come, which each Some decreases: the termination
    // metric of loops over a producer (`decreases p.Decreasing()`).
    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3

    twostate predicate DecreasedBy(new result: Option<T>)
      requires old(Valid())
      requires Valid()
      reads this, Repr
    {
      if result.Some? then Decreasing() < old(Decreasing())
      else Decreasing() <= old(Decreasing())
    }

    ghost function Decreases(t: ()): ORDINAL
      requires Requires(t)
      reads Reads(t)
    {
      Decreasing()
    }

    method Invoke(i: ()) returns (r: Option<T>)
      requires Requires(i)
      modifies Modifies(i)
      decreases Decreases(i), 0
      ensures Ensures(i, r)
      ensures DecreasedBy(r)

    // Invoke, named for what it does.
    method Next() returns (r: Option<T>)
      requires Requires(())
      modifies Modifies(())
      decreases Decreases(())
      ensures Ensures((), r)
      ensures DecreasedBy(r)
    {
      assert Requires(());
      r := Invoke(());
    }

    // Gives every remaining value to the consumer, in order.
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
  }

  // ForEach, one value at a time: what a producer's ForEach can call.
  method DefaultForEach<T>(producer: Producer<T>, consumer: IConsumer<T>,
                           ghost totalActionProof: TotalActionProof<T, ()>)
    requires producer.Valid()
    requires consumer.Valid()
    requires producer.Repr !! consumer.Repr !! totalActionProof.Repr
    requires totalActionProof.Valid()
    requires totalActionProof.Action() == consumer
    modifies producer.Repr, consumer.Repr
    ensures producer.ValidChange()
    ensures consumer.ValidChange()
    ensures producer.Done()
    ensures producer.NewProduced() == consumer.NewInputs()
  {
    ghost var produced0 := producer.Produced();
    ghost var inputs0 := consumer.Inputs();
    while true
      invariant fresh(producer.Repr - old(producer.Repr))
      invariant fresh(consumer.Repr - old(consumer.Repr))
      invariant producer.Repr !! consumer.Repr
      invariant totalActionProof.Valid()
      invariant producer.Valid() && consumer.Valid()
      invariant old(producer.history) <= producer.history
      invariant old(consumer.history) <= consumer.history
      invariant producer.Produced() == produced0 + consumer.NewInputs()
      decreases producer.Decreasing()
    {
      ghost var outputs := producer.Outputs();
      ghost var inputs := consumer.Inputs();
      ghost var hp := producer.history;
      var t := producer.Next();
      OutputsOfAppend(hp, ((), t));
      ProducedComposition(outputs, [t]);
      OutputsOfPrefix(old(consumer.history), consumer.history);
      if t.None? {
        assert !IsSome(producer.Outputs()[|producer.Outputs()| - 1]);
        break;
      }
      ghost var hc := consumer.history;
      totalActionProof.AnyInputIsValid(consumer.history, t.value);
      consumer.Accept(t.value);
      OutputsOfAppend(hc, (t.value, ()));
      OutputsOfPrefix(old(consumer.history), consumer.history);
    }
    OutputsOfPrefix(old(producer.history), producer.history);
    OutputsOfPrefix(old(consumer.history), consumer.history);
    ProducedComposition(old(producer.Outputs()), producer.NewOutputs());
    assert producer.Produced() == produced0 + producer.NewProduced();
    assert producer.NewProduced() == producer.Produced()[|produced0|..];
  }

  // Every value a fresh producer gives.
  method CollectToSeq<T>(p: Producer<T>) returns (s: seq<T>)
    requires p.Valid()
    requires p.history == []
    modifies p.Repr
    ensures p.Valid()
    ensures p.Done()
    ensures p.Produced() == s
  {
    var seqWriter := new SeqWriter<T>();
    ghost var writerTotalProof := seqWriter.totalActionProof();
    p.ForEach(seqWriter, writerTotalProof);
    p.ProducedAndNewProduced();
    return seqWriter.values;
  }

  // Gives the elements of a sequence, in order.
  @AssumeCrossModuleTermination
  class SeqReader<T> extends Producer<T> {

    const elements: seq<T>
    var index: nat

    constructor(elements: seq<T>)
      ensures Valid()
      ensures history == []
      ensures fresh(Repr)
      ensures this.elements == elements
      ensures index == 0
    {
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

    function Remaining(): Option<nat>
      reads this, Repr
      requires Valid()
    {
      Some(|elements| - index)
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
      decreases Decreases(t), 0
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
  }

  // Gives the value t, n times.
  @AssumeCrossModuleTermination
  class RepeatProducer<T> extends Producer<T> {

    const n: nat
    const t: T
    var producedCount: nat

    constructor(n: nat, t: T)
      ensures Valid()
      ensures history == []
      ensures fresh(Repr)
      ensures this.n == n
      ensures this.t == t
    {
      this.n := n;
      this.t := t;
      this.producedCount := 0;
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
      && producedCount <= n
      && |Produced()| == producedCount
      && (forall v <- Produced() :: v == t)
      && (Done() ==> producedCount == n)
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
      && |ProducedOf(outputs)| <= n
      && (forall v <- ProducedOf(outputs) :: v == t)
      && (!Seq.All(outputs, IsSome) ==> |ProducedOf(outputs)| == n)
    }

    function ProducedCount(): nat
      reads this, Repr
      requires Valid()
      ensures ProducedCount() == |Produced()|
    {
      producedCount
    }

    function Remaining(): Option<nat>
      reads this, Repr
      requires Valid()
    {
      Some(n - producedCount)
    }

    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      (n - producedCount) as ORDINAL
    }

    method Invoke(i: ()) returns (value: Option<T>)
      requires Requires(i)
      modifies Modifies(i)
      decreases Decreases(i), 0
      ensures Ensures(i, value)
      ensures DecreasedBy(value)
    {
      assert Valid();
      ghost var outputs := Outputs();
      if producedCount == n {
        value := None;
      } else {
        assert !Done();
        value := Some(t);
        producedCount := producedCount + 1;
      }
      OutputsOfAppend(history, (i, value));
      UpdateHistory(i, value);
      assert Outputs() == outputs + [value];
      assert Partitioned(Outputs());
      ProducedComposition(outputs, [value]);
      assert Produced() == old(Produced()) + ProducedOf([value]);
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
  }

  // Gives nothing: None from the first call on.
  @AssumeCrossModuleTermination
  class EmptyProducer<T> extends Producer<T> {

    constructor()
      ensures Valid()
      ensures history == []
      ensures fresh(Repr)
    {
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
      ProducedOf(outputs) == []
    }

    function ProducedCount(): nat
      reads this, Repr
      requires Valid()
      ensures ProducedCount() == |Produced()|
    {
      0
    }

    function Remaining(): Option<nat>
      reads this, Repr
      requires Valid()
    {
      Some(0)
    }

    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      0
    }

    method Invoke(i: ()) returns (value: Option<T>)
      requires Requires(i)
      modifies Modifies(i)
      decreases Decreases(i), 0
      ensures Ensures(i, value)
      ensures DecreasedBy(value)
    {
      assert Valid();
      ghost var outputs := Outputs();
      value := None;
      OutputsOfAppend(history, (i, value));
      UpdateHistory(i, value);
      assert Outputs() == outputs + [value];
      assert Partitioned(Outputs());
      ProducedComposition(outputs, [value]);
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
  }

  // A proof that Producer() gives the elements of Set(), each once.
  trait ProducerOfSetProof<T> {
    ghost function Producer(): Producer<T>
    ghost function Set(): set<T>

    lemma ProducesSet(history: seq<((), Option<T>)>)
      requires Producer().ValidHistory(history)
      ensures
        var produced := ProducedOf(OutputsOf(history));
        && Seq.HasNoDuplicates(produced)
        && Seq.ToSet(produced) <= Set()
        && (!Seq.All(OutputsOf(history), IsSome) ==> Seq.ToSet(produced) == Set())
  }
}
