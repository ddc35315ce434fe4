// Std.Producers: actions that take nothing and give values; a Producer gives Some(value) until
// it is exhausted, then None. Names and contracts as in Dafny's standard library
// (stdlib/README.md); written for dfyc.
module Std.Producers {

  import opened Actions
  import opened Consumers
  import opened Wrappers
  import opened Frames
  import Collections.Seq
  import opened Termination

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

    // How many producers deep Invoke calls: 0 for one that calls no other producer's Invoke,
    // one more than its source's for a producer over another (the second component of
    // Invoke's termination metric, since both have the same Decreasing()).
    ghost function NestingDepth(): nat
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
      decreases Decreases(i), 0, NestingDepth()
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

    // Gives values to the consumer until it is full (its Capacity() is 0) or this producer is
    // exhausted, in order. The consumer must know its capacity, so that no value is taken
    // from this producer that the consumer would refuse.
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

  // Fill, one value at a time: what a producer's Fill can call.
  // (Dafny 4.11 proves it assertion by assertion; as one problem it timed out once
  // Std.Termination's axioms were in the module.)
  @IsolateAssertions
  method DefaultFill<T>(producer: Producer<T>, consumer: Consumer<T>,
                        ghost totalActionProof: TotalActionProof<T, bool>)
    requires producer.Valid()
    requires consumer.Valid()
    requires consumer.Capacity().Some?
    requires producer.Repr !! consumer.Repr !! totalActionProof.Repr
    requires totalActionProof.Valid()
    requires totalActionProof.Action() == consumer
    modifies producer.Repr, consumer.Repr
    ensures producer.ValidChange()
    ensures consumer.ValidChange()
    ensures producer.Done() || consumer.Capacity() == Some(0)
    ensures producer.NewProduced() == consumer.NewConsumed()
  {
    ghost var produced0 := producer.Produced();
    ghost var h0 := consumer.history;
    assert h0[|h0|..] == [];
    while true
      invariant fresh(producer.Repr - old(producer.Repr))
      invariant fresh(consumer.Repr - old(consumer.Repr))
      invariant producer.Repr !! consumer.Repr
      invariant totalActionProof.Valid()
      invariant producer.Valid() && consumer.Valid()
      invariant consumer.Capacity().Some?
      invariant old(producer.history) <= producer.history
      invariant h0 <= consumer.history
      invariant producer.Produced() == produced0 + ConsumedOf(consumer.history[|h0|..])
      decreases consumer.Capacity().value
    {
      if consumer.Capacity().value == 0 {
        break;
      }
      ghost var outputs := producer.Outputs();
      ghost var hp := producer.history;
      var t := producer.Next();
      OutputsOfAppend(hp, ((), t));
      ProducedComposition(outputs, [t]);
      if t.None? {
        assert !IsSome(producer.Outputs()[|producer.Outputs()| - 1]);
        break;
      }
      ghost var hc := consumer.history;
      totalActionProof.AnyInputIsValid(consumer.history, t.value);
      var accepted := consumer.Accept(t.value);
      assert accepted;
      assert consumer.history == hc + [(t.value, true)];
      assert consumer.history[|h0|..] == hc[|h0|..] + [(t.value, true)];
      assert h0 + consumer.history[|h0|..] == consumer.history;
      ConsumedComposition(h0, consumer.history[|h0|..]);
      ConsumedComposition(hc[|h0|..], [(t.value, true)]);
      ConsumedOfOne(t.value, true);
    }
    OutputsOfPrefix(old(producer.history), producer.history);
    ProducedComposition(old(producer.Outputs()), producer.NewOutputs());
    assert producer.Outputs() == old(producer.Outputs()) + producer.NewOutputs();
    assert producer.Produced() == produced0 + producer.NewProduced();
    ghost var consumed := ConsumedOf(consumer.history[|h0|..]);
    assert consumer.NewConsumed() == consumed;
    assert producer.NewProduced() == producer.Produced()[|produced0|..] == consumed;
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
      (n - producedCount) as ORDINAL
    }

    method Invoke(i: ()) returns (value: Option<T>)
      requires Requires(i)
      modifies Modifies(i)
      decreases Decreases(i), 0, NestingDepth()
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
      0
    }

    method Invoke(i: ()) returns (value: Option<T>)
      requires Requires(i)
      modifies Modifies(i)
      decreases Decreases(i), 0, NestingDepth()
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
  }

  // A producer's outputs after one more: a Some only while all before were Some.
  lemma PartitionedAppend<T>(outputs: seq<Option<T>>, next: Option<T>)
    requires Partitioned(outputs)
    requires next.Some? ==> Seq.All(outputs, IsSome)
    ensures Partitioned(outputs + [next])
    ensures next.None? ==> !Seq.All(outputs + [next], IsSome)
    ensures next.Some? ==> Seq.All(outputs + [next], IsSome)
  {
    var all := outputs + [next];
    assert all[|outputs|] == next;
    forall i, j | 0 <= i < j < |all| && all[i].None? ensures all[j].None? {
      if j < |outputs| {
        assert all[i] == outputs[i] && all[j] == outputs[j];
      } else if next.Some? {
        assert all[i] == outputs[i] && IsSome(outputs[i]);
      }
    }
    if next.Some? {
      forall i | 0 <= i < |all| ensures IsSome(all[i]) {
        if i < |outputs| { assert all[i] == outputs[i] && IsSome(outputs[i]); }
      }
    } else {
      assert !IsSome(all[|outputs|]);
    }
  }

  // After a Some, every earlier output was a Some.
  lemma PartitionedLastSome<T>(outputs: seq<Option<T>>)
    requires Partitioned(outputs)
    requires 0 < |outputs| && outputs[|outputs| - 1].Some?
    ensures Seq.All(outputs, IsSome)
  {}

  lemma AllPrefix<T>(older: seq<Option<T>>, newer: seq<Option<T>>)
    requires older <= newer
    requires Seq.All(newer, IsSome)
    ensures Seq.All(older, IsSome)
  {
    forall i | 0 <= i < |older| ensures IsSome(older[i]) {
      assert older[i] == newer[i];
    }
  }

  // Gives the first max values of an IProducer (which never runs out), then None.
  @AssumeCrossModuleTermination
  class LimitedProducer<T> extends Producer<T> {

    const original: IProducer<T>
    var produced: nat
    const max: nat
    ghost const originalTotalAction: TotalActionProof<(), T>

    constructor(original: IProducer<T>, max: nat, ghost originalTotalAction: TotalActionProof<(), T>)
      requires original.Valid()
      requires originalTotalAction.Valid()
      requires originalTotalAction.Action() == original
      requires original.Repr !! originalTotalAction.Repr
      ensures Valid()
      ensures history == []
      ensures fresh(Repr - original.Repr - originalTotalAction.Repr)
      ensures this.original == original && this.max == max
    {
      this.original := original;
      this.max := max;
      this.produced := 0;
      this.originalTotalAction := originalTotalAction;
      Repr := {this} + original.Repr + originalTotalAction.Repr;
      history := [];
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      && this in Repr
      && ValidComponent(original)
      && ValidComponent(originalTotalAction)
      && original.Repr !! originalTotalAction.Repr
      && originalTotalAction.Action() == original
      && ValidHistory(history)
      && produced == |Produced()|
      && produced <= max
      && (produced < max ==> Seq.All(Outputs(), IsSome))
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
      true
    }

    function ProducedCount(): nat
      reads this, Repr
      requires Valid()
      ensures ProducedCount() == |Produced()|
    {
      produced
    }

    function Remaining(): Option<nat>
      reads this, Repr
      requires Valid()
    {
      Some(max - produced)
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
      (max - produced) as ORDINAL
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
      ghost var h := history;
      if produced == max {
        value := None;
      } else {
        originalTotalAction.AnyInputIsValid(original.history, ());
        var v := original.Invoke(());
        value := Some(v);
        produced := produced + 1;
      }
      Repr := {this} + original.Repr + originalTotalAction.Repr;
      OutputsOfAppend(h, (t, value));
      UpdateHistory(t, value);
      assert Outputs() == outputs + [value];
      PartitionedAppend(outputs, value);
      ProducedComposition(outputs, [value]);
      assert ProducedOf([value]) == if value.Some? then [value.value] else [];
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
  }

  // Gives the values of a producer that satisfy a predicate.
  @AssumeCrossModuleTermination
  class FilteredProducer<T> extends Producer<T> {

    const source: Producer<T>
    const filter: T -> bool
    var producedCount: nat

    constructor (source: Producer<T>, filter: T -> bool)
      requires source.Valid()
      ensures Valid()
      ensures history == []
      ensures fresh(Repr - source.Repr)
      ensures this.source == source && this.filter == filter
    {
      this.source := source;
      this.filter := filter;
      this.producedCount := 0;
      Repr := {this} + source.Repr;
      history := [];
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      && this in Repr
      && ValidComponent(source)
      && ValidHistory(history)
      && (!source.Done() ==> !Done())
      && producedCount == |Produced()|
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
      true
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
      None
    }

    ghost function NestingDepth(): nat
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      source.NestingDepth() + 1
    }

    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      source.Decreasing()
    }

    method Invoke(t: ()) returns (result: Option<T>)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0, NestingDepth()
      ensures Ensures(t, result)
      ensures DecreasedBy(result)
    {
      assert Valid();
      ghost var outputs := Outputs();
      ghost var h := history;
      ghost var d0 := source.Decreasing();
      ghost var n0 := source.NestingDepth();
      result := None;
      var calls := 0;
      while true
        invariant fresh(Repr - old(Repr))
        invariant this in Repr && source in Repr && source.Repr <= Repr
        invariant this !in source.Repr
        invariant source.Valid()
        invariant history == h && producedCount == old(producedCount)
        invariant old(source.history) <= source.history
        invariant source.Decreasing() <= d0
        invariant 0 < calls ==>
          && 0 < |source.Outputs()| && source.Outputs()[|source.Outputs()| - 1] == result
        invariant 0 < calls ==> result.Some? && source.Decreasing() < d0
        invariant calls == 0 ==> source.history == old(source.history)
        invariant calls == 0 ==> source.Decreasing() == d0 && source.NestingDepth() == n0
        decreases source.Decreasing()
      {
        ghost var d := source.Decreasing();
        ghost var hs := source.history;
        result := source.Invoke(());
        OutputsOfAppend(hs, ((), result));
        calls := calls + 1;
        Repr := Repr + source.Repr;
        if result.None? || filter(result.value) {
          break;
        }
      }
      assert 0 < calls;
      OutputsOfPrefix(old(source.history), source.history);
      if result.Some? {
        PartitionedLastSome(source.Outputs());
        AllPrefix(old(source.Outputs()), source.Outputs());
        producedCount := producedCount + 1;
      } else {
        assert !IsSome(source.Outputs()[|source.Outputs()| - 1]);
      }
      OutputsOfAppend(h, (t, result));
      UpdateHistory(t, result);
      assert Outputs() == outputs + [result];
      PartitionedAppend(outputs, result);
      ProducedComposition(outputs, [result]);
      assert ProducedOf([result]) == if result.Some? then [result.value] else [];
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
  }

  // Gives the values of a producer, each through an action.
  @AssumeCrossModuleTermination
  class MappedProducer<I, O> extends Producer<O> {

    const original: Producer<I>
    const mapping: Action<I, O>
    ghost const mappingTotalProof: TotalActionProof<I, O>

    constructor (original: Producer<I>, mapping: Action<I, O>,
                 ghost mappingTotalProof: TotalActionProof<I, O>)
      requires original.Valid()
      requires original.history == []
      requires mapping.Valid()
      requires mappingTotalProof.Valid()
      requires mappingTotalProof.Action() == mapping
      requires original.Repr !! mapping.Repr !! mappingTotalProof.Repr
      ensures Valid()
      ensures history == []
      ensures fresh(Repr - original.Repr - mapping.Repr - mappingTotalProof.Repr)
      ensures this.original == original && this.mapping == mapping
    {
      this.original := original;
      this.mapping := mapping;
      this.mappingTotalProof := mappingTotalProof;
      Repr := {this} + original.Repr + mapping.Repr + mappingTotalProof.Repr;
      history := [];
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      && this in Repr
      && ValidComponent(original)
      && ValidComponent(mapping)
      && ValidComponent(mappingTotalProof)
      && mappingTotalProof.Action() == mapping
      && original.Repr !! mapping.Repr !! mappingTotalProof.Repr
      && ValidHistory(history)
      && (!original.Done() <==> !Done())
      && |Produced()| == |original.Produced()|
    }

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost predicate ValidOutputs(outputs: seq<Option<O>>)
      requires Partitioned(outputs)
      decreases Repr
    {
      true
    }

    function ProducedCount(): nat
      reads this, Repr
      requires Valid()
      ensures ProducedCount() == |Produced()|
    {
      original.ProducedCount()
    }

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
      original.NestingDepth() + 1
    }

    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      original.Decreasing()
    }

    method Invoke(t: ()) returns (result: Option<O>)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0, NestingDepth()
      ensures Ensures(t, result)
      ensures DecreasedBy(result)
    {
      assert Valid();
      ghost var outputs := Outputs();
      ghost var h := history;
      ghost var ho := original.history;
      ghost var po := original.Produced();
      var next := original.Invoke(());
      OutputsOfAppend(ho, ((), next));
      ProducedComposition(OutputsOf(ho), [next]);
      if next.Some? {
        mappingTotalProof.AnyInputIsValid(mapping.history, next.value);
        var v := mapping.Invoke(next.value);
        result := Some(v);
        PartitionedLastSome(original.Outputs());
        AllPrefix(OutputsOf(ho), original.Outputs());
      } else {
        result := None;
        assert !IsSome(original.Outputs()[|original.Outputs()| - 1]);
      }
      Repr := {this} + original.Repr + mapping.Repr + mappingTotalProof.Repr;
      OutputsOfAppend(h, (t, result));
      UpdateHistory(t, result);
      assert Outputs() == outputs + [result];
      PartitionedAppend(outputs, result);
      ProducedComposition(outputs, [result]);
      assert ProducedOf([result]) == if result.Some? then [result.value] else [];
      assert ProducedOf([next]) == if next.Some? then [next.value] else [];
    }

    method ForEach(consumer: IConsumer<O>, ghost totalActionProof: TotalActionProof<O, ()>)
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

    method Fill(consumer: Consumer<O>, ghost totalActionProof: TotalActionProof<O, bool>)
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
  }

  // The metric of an ORDINAL is that ORDINAL.
  lemma OrdinalOfTMOrdinal(o: ORDINAL)
    ensures TMOrdinal(o).Ordinal() == o
  {
    reveal TerminationMetric.Ordinal();
  }

  // Gives the values of first, then those of second. Its termination metric is the pair of
  // theirs, lexicographically (Std.Termination's TMTuple): first's, then second's.
  @AssumeCrossModuleTermination
  class ConcatenatedProducer<T> extends Producer<T> {

    const first: Producer<T>
    const second: Producer<T>
    // Above every Decreasing() of second (fixed when made; second's only goes down).
    ghost const base: TerminationMetric

    constructor(first: Producer<T>, second: Producer<T>)
      requires first.Valid()
      requires first.history == []
      requires second.Valid()
      requires second.history == []
      requires first.Repr !! second.Repr
      ensures Valid()
      ensures history == []
      ensures fresh(Repr - first.Repr - second.Repr)
      ensures this.first == first && this.second == second
    {
      this.first := first;
      this.second := second;
      this.base := TMSucc(TMOrdinal(second.Decreasing()));
      Repr := {this} + first.Repr + second.Repr;
      history := [];
      new;
      base.SuccDecreasesToOriginal();
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      && this in Repr
      && ValidComponent(first)
      && ValidComponent(second)
      && first.Repr !! second.Repr
      && base.DecreasesTo(TMOrdinal(second.Decreasing()))
      && ValidHistory(history)
      && Produced() == first.Produced() + second.Produced()
      // first is exhausted before second starts
      && (!first.Done() ==> second.history == [])
      && (!first.Done() || !second.Done() ==> !Done())
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
      true
    }

    function ProducedCount(): nat
      reads this, Repr
      requires Valid()
      ensures ProducedCount() == |Produced()|
    {
      first.ProducedCount() + second.ProducedCount()
    }

    function Remaining(): Option<nat>
      reads this, Repr
      requires Valid()
    {
      var left := first.Remaining();
      var right := second.Remaining();
      if left.Some? && right.Some? then Some(left.value + right.value) else None
    }

    ghost function NestingDepth(): nat
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      0
    }

    // (first's Decreasing(), second's), under base.
    ghost function Metric(): TerminationMetric
      requires Valid()
      reads this, Repr
      decreases Repr, 2
    {
      TMTuple(base, TMOrdinal(first.Decreasing()), TMOrdinal(second.Decreasing()))
    }

    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      Metric().Ordinal()
    }

    // (Dafny 4.11 proves it assertion by assertion; as one problem it times out.)
    @IsolateAssertions
    method Invoke(t: ()) returns (result: Option<T>)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0, NestingDepth()
      ensures Ensures(t, result)
      ensures DecreasedBy(result)
    {
      assert Valid();
      ghost var outputs := Outputs();
      ghost var h := history;
      ghost var m0 := Metric();
      ghost var produced1 := first.Produced();
      ghost var produced2 := second.Produced();
      ghost var outputs1 := first.Outputs();
      ghost var outputs2 := second.Outputs();
      ghost var d1 := first.Decreasing();
      ghost var d2 := second.Decreasing();
      OrdinalOfTMOrdinal(d1);
      OrdinalOfTMOrdinal(d2);
      m0.TupleDecreasesToFirst();
      result := first.Invoke(());
      OutputsOfAppend(old(first.history), ((), result));
      ProducedComposition(outputs1, [result]);
      ghost var p := ProducedOf([result]);
      if result.Some? {
        assert p == [result.value];
        PartitionedLastSome(first.Outputs());
        AllPrefix(outputs1, first.Outputs());
        assert !old(first.Done()) && !first.Done();
        assert Seq.All(outputs, IsSome);
        assert first.Produced() == produced1 + p && second.Produced() == produced2;
      } else {
        assert p == [];
        assert !IsSome(first.Outputs()[|first.Outputs()| - 1]);
        assert first.Done() && first.Produced() == produced1;
        m0.TupleDecreasesToSecond();
        result := second.Invoke(());
        OutputsOfAppend(old(second.history), ((), result));
        ProducedComposition(outputs2, [result]);
        p := ProducedOf([result]);
        if result.Some? {
          assert p == [result.value];
          PartitionedLastSome(second.Outputs());
          AllPrefix(outputs2, second.Outputs());
          assert !old(second.Done()) && !second.Done();
          assert Seq.All(outputs, IsSome);
        } else {
          assert p == [];
          assert !IsSome(second.Outputs()[|second.Outputs()| - 1]);
          assert second.Done();
        }
        assert first.Produced() == produced1 && second.Produced() == produced2 + p;
      }
      Repr := {this} + first.Repr + second.Repr;
      OrdinalOfTMOrdinal(first.Decreasing());
      OrdinalOfTMOrdinal(second.Decreasing());
      assert first.Decreasing() <= d1 && second.Decreasing() <= d2;
      OutputsOfAppend(h, (t, result));
      UpdateHistory(t, result);
      assert Outputs() == outputs + [result];
      PartitionedAppend(outputs, result);
      ProducedComposition(outputs, [result]);
      assert Produced() == first.Produced() + second.Produced();
      assert base.DecreasesTo(TMOrdinal(second.Decreasing()));
      assert !first.Done() ==> second.history == [];
      assert !first.Done() || !second.Done() ==> !Done();
      assert Valid();
      assert fresh(first.Repr - old(first.Repr)) && fresh(second.Repr - old(second.Repr));
      assert fresh(Repr - old(Repr));
      assert old(history) <= history;
      assert ValidChange();
      if result.Some? {
        m0.TupleDecreasesToTuple(Metric());
      } else {
        m0.TupleNonIncreasesToTuple(Metric());
      }
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
  }

  // The metric of a natural number is that number.
  lemma OrdinalOfTMNat(n: nat)
    ensures TMNat(n).Ordinal() == n as ORDINAL
  {
    reveal TerminationMetric.Ordinal();
  }

  // A producer of producers, each new (its own fresh Repr, no history yet), all with metrics
  // below MaxProduced(): what FlattenedProducer reads from.
  @AssumeCrossModuleTermination
  trait ProducerOfNewProducers<T> extends Producer<Producer<T>> {

    // Above the Decreasing() of every producer this one gives.
    ghost function MaxProduced(): TerminationMetric

    method Invoke(i: ()) returns (r: Option<Producer<T>>)
      requires Requires(i)
      modifies Modifies(i)
      decreases Decreases(i), 0, NestingDepth()
      ensures Ensures(i, r)
      ensures DecreasedBy(r)
      ensures r.Some? ==> ProducedFresh(r.value)

    twostate predicate ProducedFresh(new produced: Producer<T>)
      reads this, produced, produced.Repr
    {
      && produced.Valid()
      && fresh(produced.Repr)
      && Repr !! produced.Repr
      && produced.history == []
      && MaxProduced().DecreasesTo(TMOrdinal(produced.Decreasing()))
    }
  }

  // An action that gives a new producer for each input, with a metric below MaxProduced().
  @AssumeCrossModuleTermination
  trait OutputterOfNewProducers<I, O> extends Action<I, Producer<O>>, TotalActionProof<I, Producer<O>> {

    // Above the Decreasing() of every producer this action gives.
    ghost function MaxProduced(): TerminationMetric

    ghost function Action(): Action<I, Producer<O>> {
      this
    }

    method Invoke(i: I) returns (r: Producer<O>)
      requires Requires(i)
      modifies Modifies(i)
      decreases Decreases(i), 0
      ensures Ensures(i, r)
      ensures OutputFresh(r)

    twostate predicate OutputFresh(new output: Producer<O>)
      reads this, output, output.Repr
    {
      && output.Valid()
      && fresh(output.Repr)
      && Repr !! output.Repr
      && output.history == []
      && MaxProduced().DecreasesTo(TMOrdinal(output.Decreasing()))
    }
  }

  // The producers an OutputterOfNewProducers gives for the values of a producer.
  @AssumeCrossModuleTermination
  class MappedProducerOfNewProducers<I, O> extends ProducerOfNewProducers<O> {

    const original: Producer<I>
    const mapping: OutputterOfNewProducers<I, O>

    constructor(original: Producer<I>, mapping: OutputterOfNewProducers<I, O>)
      requires original.Valid()
      requires original.history == []
      requires mapping.Valid()
      requires mapping.history == []
      requires original.Repr !! mapping.Repr
      ensures Valid()
      ensures history == []
      ensures fresh(Repr - original.Repr - mapping.Repr)
      ensures this.original == original && this.mapping == mapping
    {
      this.original := original;
      this.mapping := mapping;
      Repr := {this} + original.Repr + mapping.Repr;
      history := [];
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      && this in Repr
      && ValidComponent(original)
      && ValidComponent(mapping)
      && original.Repr !! mapping.Repr
      && ValidHistory(history)
      && (!original.Done() <==> !Done())
      && |Produced()| == |original.Produced()|
    }

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost predicate ValidOutputs(outputs: seq<Option<Producer<O>>>)
      requires Partitioned(outputs)
      decreases Repr
    {
      true
    }

    ghost function MaxProduced(): TerminationMetric {
      mapping.MaxProduced()
    }

    function ProducedCount(): nat
      reads this, Repr
      requires Valid()
      ensures ProducedCount() == |Produced()|
    {
      original.ProducedCount()
    }

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
      original.NestingDepth() + 1
    }

    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      original.Decreasing()
    }

    @IsolateAssertions
    method Invoke(t: ()) returns (result: Option<Producer<O>>)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0, NestingDepth()
      ensures Ensures(t, result)
      ensures DecreasedBy(result)
      ensures result.Some? ==> ProducedFresh(result.value)
    {
      assert Valid();
      ghost var outputs := Outputs();
      ghost var h := history;
      ghost var ho := original.history;
      var next := original.Invoke(());
      OutputsOfAppend(ho, ((), next));
      ProducedComposition(OutputsOf(ho), [next]);
      if next.Some? {
        mapping.AnyInputIsValid(mapping.history, next.value);
        var p := mapping.Invoke(next.value);
        result := Some(p);
        PartitionedLastSome(original.Outputs());
        AllPrefix(OutputsOf(ho), original.Outputs());
      } else {
        result := None;
        assert !IsSome(original.Outputs()[|original.Outputs()| - 1]);
      }
      Repr := {this} + original.Repr + mapping.Repr;
      OutputsOfAppend(h, (t, result));
      UpdateHistory(t, result);
      assert Outputs() == outputs + [result];
      PartitionedAppend(outputs, result);
      ProducedComposition(outputs, [result]);
      assert ProducedOf([result]) == if result.Some? then [result.value] else [];
      assert ProducedOf([next]) == if next.Some? then [next.value] else [];
      assert Valid();
      assert ValidChange();
    }

    method ForEach(consumer: IConsumer<Producer<O>>,
                   ghost totalActionProof: TotalActionProof<Producer<O>, ()>)
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

    method Fill(consumer: Consumer<Producer<O>>,
                ghost totalActionProof: TotalActionProof<Producer<O>, bool>)
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
  }

  // The values of each producer a ProducerOfNewProducers gives, one producer after the other.
  // Its termination metric is the pair (the outer producer's Decreasing(), the current inner
  // producer's), under a base above every inner one (the outer's MaxProduced()).
  @AssumeCrossModuleTermination
  class FlattenedProducer<T> extends Producer<T> {

    const original: ProducerOfNewProducers<T>
    var currentInner: Option<Producer<T>>
    var producedCount: nat

    constructor(original: ProducerOfNewProducers<T>)
      requires original.Valid()
      ensures Valid()
      ensures history == []
      ensures fresh(Repr - original.Repr)
      ensures this.original == original
    {
      this.original := original;
      this.currentInner := None;
      this.producedCount := 0;
      history := [];
      Repr := {this} + original.Repr;
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      && this in Repr
      && ValidComponent(original)
      && (currentInner.Some? ==>
            && ValidComponent(currentInner.value)
            && original.Repr !! currentInner.value.Repr
            && original.MaxProduced().DecreasesTo(TMOrdinal(currentInner.value.Decreasing())))
      && ValidHistory(history)
      && (Done() ==> original.Done() && currentInner.None?)
      && producedCount == |Produced()|
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
      true
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
      None
    }

    ghost function NestingDepth(): nat
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      0
    }

    ghost function BaseMetric(): TerminationMetric
      reads this
    {
      TMSucc(original.MaxProduced())
    }

    ghost function InnerMetric(): TerminationMetric
      requires Valid()
      reads this, Repr
      decreases Repr, 1
    {
      if currentInner.Some? then TMSucc(TMOrdinal(currentInner.value.Decreasing())) else TMNat(0)
    }

    ghost function Metric(): TerminationMetric
      requires Valid()
      reads this, Repr
      decreases Repr, 2
    {
      TMTuple(BaseMetric(), TMOrdinal(original.Decreasing()), InnerMetric())
    }

    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      Metric().Ordinal()
    }

    // The base is above the inner metric.
    lemma BaseAboveInner()
      requires Valid()
      ensures BaseMetric().DecreasesTo(InnerMetric())
    {
      if currentInner.Some? {
        BaseMetric().SuccDecreasesToSucc(InnerMetric());
      } else {
        OrdinalOfTMNat(0);
        BaseMetric().SuccDecreasesToOriginal();
      }
    }

    @IsolateAssertions
    method Invoke(t: ()) returns (result: Option<T>)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0, NestingDepth()
      ensures Ensures(t, result)
      ensures DecreasedBy(result)
    {
      assert Valid();
      ghost var outputs := Outputs();
      ghost var h := history;
      ghost var d0 := Decreasing();
      result := None;
      while true
        invariant fresh(Repr - old(Repr))
        invariant Valid()
        invariant history == h && producedCount == old(producedCount)
        invariant result.None?
        invariant Decreasing() <= d0
        invariant old(Done()) ==> original.Done() && currentInner.None?
        decreases original.Decreasing(), currentInner.Some?,
                  if currentInner.Some? then currentInner.value.Decreasing() else 0
      {
        ghost var m := Metric();
        BaseAboveInner();
        if currentInner.None? {
          m.TupleDecreasesToFirst();
          OrdinalOfTMOrdinal(original.Decreasing());
          ghost var ho := original.history;
          ghost var doneBefore := original.Done();
          var next := original.Invoke(());
          OutputsOfAppend(ho, ((), next));
          OrdinalOfTMOrdinal(original.Decreasing());
          if next.None? {
            assert !IsSome(original.Outputs()[|original.Outputs()| - 1]);
            Repr := {this} + original.Repr;
            assert Valid();
            OrdinalOfTMNat(0);
            BaseAboveInner();
            m.TupleNonIncreasesToTuple(Metric());
            break;
          }
          assert !doneBefore by {
            PartitionedLastSome(original.Outputs());
            AllPrefix(OutputsOf(ho), original.Outputs());
          }
          currentInner := next;
          Repr := {this} + original.Repr + next.value.Repr;
          assert Valid();
          BaseAboveInner();
          m.TupleDecreasesToTuple(Metric());
        } else {
          var inner := currentInner.value;
          m.TupleDecreasesToSecond();
          OrdinalOfTMOrdinal(inner.Decreasing());
          m.second.SuccDecreasesToOriginal();
          ghost var hi := inner.history;
          ghost var di := inner.Decreasing();
          result := inner.Invoke(());
          OrdinalOfTMOrdinal(inner.Decreasing());
          Repr := {this} + original.Repr + inner.Repr;
          if result.None? {
            currentInner := None;
            assert Valid();
            OrdinalOfTMNat(0);
            BaseAboveInner();
            m.second.SuccDecreasesToOriginal();
            m.TupleNonIncreasesToTuple(Metric());
          } else {
            assert Valid();
            BaseAboveInner();
            m.second.SuccDecreasesToSucc(InnerMetric());
            m.TupleDecreasesToTuple(Metric());
            assert !old(Done());
            break;
          }
        }
      }
      ghost var d1 := Decreasing();
      ghost var m1 := Metric();
      if result.Some? {
        assert Seq.All(outputs, IsSome);
        producedCount := producedCount + 1;
      }
      OutputsOfAppend(h, (t, result));
      UpdateHistory(t, result);
      assert Outputs() == outputs + [result];
      PartitionedAppend(outputs, result);
      ProducedComposition(outputs, [result]);
      assert ProducedOf([result]) == if result.Some? then [result.value] else [];
      assert Metric() == m1;
      assert ValidComponent(original);
      assert currentInner.Some? ==>
        && ValidComponent(currentInner.value)
        && original.Repr !! currentInner.value.Repr
        && original.MaxProduced().DecreasesTo(TMOrdinal(currentInner.value.Decreasing()));
      assert ValidHistory(history);
      assert Done() ==> original.Done() && currentInner.None?;
      assert producedCount == |Produced()|;
      assert Valid();
      assert Decreasing() == d1;
      assert ValidChange();
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
  }

  // Gives the values of a step function, from a state, without end.
  @AssumeCrossModuleTermination
  class FunctionalIProducer<S, T> extends IProducer<T>, TotalActionProof<(), T> {

    const stepFn: S -> (S, T)
    var state: S

    constructor(state: S, stepFn: S -> (S, T))
      ensures Valid()
      ensures fresh(Repr)
      ensures history == []
      ensures this.state == state && this.stepFn == stepFn
    {
      this.state := state;
      this.stepFn := stepFn;
      this.Repr := {this};
      this.history := [];
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      this in Repr
    }

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

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost function Action(): Action<(), T> {
      this
    }

    ghost predicate ValidHistory(history: seq<((), T)>)
      decreases Repr
    {
      true
    }

    ghost predicate ValidInput(history: seq<((), T)>, next: ())
      requires ValidHistory(history)
      decreases Repr
    {
      true
    }

    ghost function Decreases(t: ()): ORDINAL
      reads Reads(t)
    {
      0
    }

    method Invoke(i: ()) returns (o: T)
      requires Requires(i)
      modifies Modifies(i)
      decreases Decreases(i), 0
      ensures Ensures(i, o)
    {
      var (newState, result) := stepFn(state);
      state := newState;
      o := result;
      UpdateHistory(i, o);
    }

    lemma AnyInputIsValid(history: seq<((), T)>, next: ())
      requires Valid()
      requires Action().ValidHistory(history)
      ensures Action().ValidInput(history, next)
    {}
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
