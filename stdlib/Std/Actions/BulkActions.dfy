// Std.BulkActions: producers and consumers of batches, values that may also be an error or the
// end of the input (Batched), for actions that work on many values at once. Names and contracts
// as in Dafny's standard library (stdlib/README.md); written for dfyc.
module Std.BulkActions {

  import opened Actions
  import opened Consumers
  import opened Producers
  import opened Wrappers
  import opened BoundedInts
  import Collections.Seq

  // A value, an error, or the end of the input: Option<Result<T, E>>, spelled out.
  datatype Batched<T, E> = BatchValue(value: T) | BatchError(error: E) | EndOfInput

  type BatchedByte<E> = Batched<uint8, E>

  function ToBatched<T, E>(t: T): Batched<T, E> {
    BatchValue(t)
  }

  // An action that can also take all of a producer's values at once, giving its outputs to a
  // consumer.
  @AssumeCrossModuleTermination
  trait BulkAction<I, O> extends Action<I, O> {

    method Map(input: Producer<I>, output: IConsumer<O>,
               ghost thisTotalProof: TotalActionProof<I, O>,
               ghost outputTotalProof: TotalActionProof<O, ()>)
      requires Valid()
      requires input.Valid()
      requires output.Valid()
      requires thisTotalProof.Valid()
      requires thisTotalProof.Action() == this
      requires outputTotalProof.Valid()
      requires outputTotalProof.Action() == output
      requires Repr !! input.Repr !! output.Repr !! thisTotalProof.Repr !! outputTotalProof.Repr
      modifies Repr, input.Repr, output.Repr, outputTotalProof.Repr
      ensures ValidChange()
      ensures input.ValidChange()
      ensures output.ValidChange()
      ensures input.Done()
      ensures |input.NewProduced()| == |output.NewInputs()|
      ensures history == old(history) + Seq.Zip(input.NewProduced(), output.NewInputs())
  }

  // Gives the elements of a sequence as BatchValues, in order, then None: a SeqReader whose
  // values go through ToBatched. Read() takes all that is left at once.
  @AssumeCrossModuleTermination
  class BatchReader<T, E> extends Producer<Batched<T, E>> {

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
      && Produced() == Seq.Map(ToBatched, elements)[..index]
      && (Done() ==> index == |elements|)
    }

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost predicate ValidOutputs(outputs: seq<Option<Batched<T, E>>>)
      requires Partitioned(outputs)
      decreases Repr
    {
      && ProducedOf(outputs) <= Seq.Map(ToBatched, elements)
      && (!Seq.All(outputs, IsSome) ==> ProducedOf(outputs) == Seq.Map(ToBatched, elements))
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

    method Invoke(t: ()) returns (value: Option<Batched<T, E>>)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0, NestingDepth()
      ensures Ensures(t, value)
      ensures DecreasedBy(value)
    {
      assert Valid();
      ghost var outputs := Outputs();
      ghost var batched := Seq.Map(ToBatched, elements);
      if |elements| == index {
        value := None;
      } else {
        assert !Done();
        value := Some(BatchValue(elements[index]));
        assert value.value == batched[index];
        index := index + 1;
      }
      OutputsOfAppend(history, (t, value));
      UpdateHistory(t, value);
      assert Outputs() == outputs + [value];
      assert Partitioned(Outputs());
      ProducedComposition(outputs, [value]);
      assert batched[..index] == old(batched[..index]) + ProducedOf([value]);
    }

    method ForEach(consumer: IConsumer<Batched<T, E>>,
                   ghost totalActionProof: TotalActionProof<Batched<T, E>, ()>)
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

    method Fill(consumer: Consumer<Batched<T, E>>,
                ghost totalActionProof: TotalActionProof<Batched<T, E>, bool>)
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

    // The elements not given yet, all at once; the producer is done after it.
    method Read() returns (s: seq<T>)
      requires Valid()
      modifies Repr
      ensures ValidAndDisjoint()
      ensures Done()
      ensures ValidChange()
      ensures NewProduced() == Seq.Map(ToBatched, s)
    {
      s := if index == 0 then elements else elements[index..];
      ghost var batched := Seq.Map(ToBatched, elements);
      while true
        invariant Valid()
        invariant ValidChange()
        decreases Decreasing()
      {
        ghost var h := history;
        var value := Invoke(());
        if value.None? {
          OutputsOfAppend(h, ((), value));
          assert !IsSome(Outputs()[|Outputs()| - 1]);
          break;
        }
      }
      ProducedAndNewProduced();
      assert old(Produced()) == batched[..old(index)];
      assert Produced() == batched;
      assert NewProduced() == batched[old(index)..];
      assert batched[old(index)..] == Seq.Map(ToBatched, s);
    }
  }

  // Keeps the values it takes; an error or the end of the input sets its state.
  @AssumeCrossModuleTermination
  class BatchSeqWriter<T, E> extends IConsumer<Batched<T, E>> {

    var elements: seq<T>
    var state: Result<bool, E>

    constructor()
      ensures Valid()
      ensures history == []
      ensures fresh(Repr)
      ensures this.elements == []
      ensures state == Success(true)
    {
      this.elements := [];
      this.state := Success(true);
      Repr := {this};
      history := [];
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      this in Repr
    }

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost predicate ValidHistory(history: seq<(Batched<T, E>, ())>)
      decreases Repr
    {
      true
    }

    ghost predicate ValidInput(history: seq<(Batched<T, E>, ())>, next: Batched<T, E>)
      requires ValidHistory(history)
      decreases Repr
    {
      true
    }

    ghost function Decreases(t: Batched<T, E>): ORDINAL
      reads Reads(t)
    {
      0
    }

    method Invoke(t: Batched<T, E>) returns (r: ())
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0
      ensures Ensures(t, r)
    {
      match t {
        case BatchValue(v) => elements := elements + [v];
        case BatchError(e) => state := Failure(e);
        case EndOfInput => state := Success(false);
      }
      r := ();
      UpdateHistory(t, r);
    }

    // The values taken so far.
    function Values(): seq<T>
      requires Valid()
      reads this, Repr
    {
      elements
    }
  }

  // The proof that a BatchSeqWriter takes every value.
  @AssumeCrossModuleTermination
  class BatchSeqWriterTotalProof<T, E> extends TotalActionProof<Batched<T, E>, ()> {

    ghost const action: BatchSeqWriter<T, E>

    ghost constructor (action: BatchSeqWriter<T, E>)
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

    ghost function Action(): Action<Batched<T, E>, ()> {
      action
    }

    lemma AnyInputIsValid(history: seq<(Batched<T, E>, ())>, next: Batched<T, E>)
      requires Valid()
      requires Action().ValidHistory(history)
      ensures Action().ValidInput(history, next)
    {}
  }

  // Writes the values it takes into an array, from index 0; an error or the end of the input
  // sets its state and takes a place too. Refuses everything once storage.Length inputs are in.
  @AssumeCrossModuleTermination
  class BatchArrayWriter<T, E> extends Consumer<Batched<T, E>> {

    var storage: array<T>
    var size: nat
    var otherInputs: nat
    var state: Result<bool, E>

    constructor(storage: array<T>)
      ensures Valid()
      ensures history == []
      ensures fresh(Repr - {storage})
      ensures this.storage == storage
      ensures state == Success(true)
    {
      this.storage := storage;
      this.size := 0;
      this.otherInputs := 0;
      this.state := Success(true);
      Repr := {this, storage};
      history := [];
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      && this in Repr
      && storage in Repr
      && ValidHistory(history)
      && size + otherInputs <= storage.Length
      && |Consumed()| == size + otherInputs
      && (size + otherInputs < storage.Length ==> Seq.All(Outputs(), IsTrue))
    }

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost predicate ValidInput(history: seq<(Batched<T, E>, bool)>, next: Batched<T, E>)
      requires ValidHistory(history)
      decreases Repr
    {
      true
    }

    function Capacity(): Option<nat>
      reads this, Repr
      requires Valid()
    {
      Some(storage.Length - size - otherInputs)
    }

    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      (storage.Length - size - otherInputs) as ORDINAL
    }

    method Invoke(t: Batched<T, E>) returns (r: bool)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0
      ensures Ensures(t, r)
      ensures DecreasedBy(r)
      ensures CapacityKept(r)
    {
      assert Valid();
      ghost var h := history;
      r := size + otherInputs < storage.Length;
      if r {
        match t {
          case BatchValue(v) =>
            storage[size] := v;
            size := size + 1;
          case BatchError(e) =>
            state := Failure(e);
            otherInputs := otherInputs + 1;
          case EndOfInput =>
            state := Success(false);
            otherInputs := otherInputs + 1;
        }
      }
      UpdateHistory(t, r);
      OutputsOfAppend(h, (t, r));
      assert TakenThenRefused(OutputsOf(history)) by {
        if !r {
          forall i, j | 0 <= i < j < |history| && !OutputsOf(history)[i]
            ensures !OutputsOf(history)[j] {
            if j < |h| { assert OutputsOf(history)[j] == OutputsOf(h)[j]; }
          }
        } else {
          assert Seq.All(OutputsOf(h), IsTrue);
          forall i, j | 0 <= i < j < |history| && !OutputsOf(history)[i]
            ensures !OutputsOf(history)[j] {
            assert OutputsOf(history)[i] == OutputsOf(h)[i];
            assert IsTrue(OutputsOf(h)[i]);
          }
        }
      }
      ConsumedComposition(h, [(t, r)]);
      ConsumedOfOne(t, r);
      if !r {
        assert !IsTrue(Outputs()[|Outputs()| - 1]);
      }
    }

    // The values written so far.
    function Values(): seq<T>
      requires Valid()
      reads this, Repr
    {
      storage[..size]
    }
  }

  // The proof that a BatchArrayWriter accepts every input (it may refuse it).
  @AssumeCrossModuleTermination
  class BatchArrayWriterTotalProof<T, E> extends TotalActionProof<Batched<T, E>, bool> {

    ghost const action: BatchArrayWriter<T, E>

    ghost constructor (action: BatchArrayWriter<T, E>)
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

    ghost function Action(): Action<Batched<T, E>, bool> {
      action
    }

    lemma AnyInputIsValid(history: seq<(Batched<T, E>, bool)>, next: Batched<T, E>)
      requires Valid()
      requires Action().ValidHistory(history)
      ensures Action().ValidInput(history, next)
    {}
  }

  // A producer of the values as BatchValues, in order.
  method ToBatchedProducer<T, E>(values: seq<T>) returns (result: Producer<Batched<T, E>>)
    ensures result.Valid()
    ensures fresh(result.Repr)
    ensures result.history == []
  {
    result := new BatchReader(values);
  }
}
