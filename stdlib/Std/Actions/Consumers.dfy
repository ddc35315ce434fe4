// Std.Consumers: actions that take values and give nothing back. Names and contracts as in
// Dafny's standard library (stdlib/README.md); written for dfyc.
module Std.Consumers {

  import opened Actions
  import opened Wrappers
  import opened Frames
  import opened DynamicArray
  import Collections.Seq

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

  predicate IsTrue(b: bool) {
    b
  }

  predicate IsFalse(b: bool) {
    !b
  }

  predicate WasConsumed<T>(pair: (T, bool)) {
    pair.1
  }

  predicate WasNotConsumed<T>(pair: (T, bool)) {
    !pair.1
  }

  // A consumer's outputs: true (taken) while it has room, then false only.
  ghost predicate TakenThenRefused(outputs: seq<bool>) {
    forall i, j | 0 <= i < j < |outputs| && !outputs[i] :: !outputs[j]
  }

  // The inputs a consumer took (those before the first refusal).
  ghost function ConsumedOf<T>(history: seq<(T, bool)>): seq<T> {
    if |history| == 0 || !history[0].1 then []
    else [history[0].0] + ConsumedOf(history[1..])
  }

  lemma ConsumedComposition<T>(left: seq<(T, bool)>, right: seq<(T, bool)>)
    requires TakenThenRefused(OutputsOf(left + right))
    ensures TakenThenRefused(OutputsOf(left)) && TakenThenRefused(OutputsOf(right))
    ensures ConsumedOf(left + right) == ConsumedOf(left) + ConsumedOf(right)
  {
    var all := left + right;
    assert OutputsOf(all) == OutputsOf(left) + OutputsOf(right);
    assert TakenThenRefused(OutputsOf(left)) by {
      forall i, j | 0 <= i < j < |left| && !left[i].1 ensures !left[j].1 {
        assert left[i] == all[i] && left[j] == all[j];
        assert OutputsOf(all)[i] == all[i].1 && OutputsOf(all)[j] == all[j].1;
      }
    }
    assert TakenThenRefused(OutputsOf(right)) by {
      forall i, j | 0 <= i < j < |right| && !right[i].1 ensures !right[j].1 {
        assert right[i] == all[|left| + i] && right[j] == all[|left| + j];
        assert OutputsOf(all)[|left| + i] == all[|left| + i].1;
        assert OutputsOf(all)[|left| + j] == all[|left| + j].1;
      }
    }
    if left == [] {
      assert all == right;
    } else if !left[0].1 {
      if 0 < |right| {
        assert OutputsOf(all)[0] == all[0].1 == false;
        assert OutputsOf(all)[|left|] == right[0].1;
      }
    } else {
      assert all[1..] == left[1..] + right;
      assert OutputsOf(all[1..]) == OutputsOf(all)[1..];
      ConsumedComposition(left[1..], right);
    }
  }

  lemma ConsumedOfOne<T>(t: T, b: bool)
    ensures ConsumedOf([(t, b)]) == if b then [t] else []
  {
    assert [(t, b)][1..] == [];
  }

  // Takes T values until it is full, then refuses them: its outputs say whether it took each.
  @AssumeCrossModuleTermination
  trait Consumer<T> extends Action<T, bool> {

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

    ghost predicate ValidHistory(history: seq<(T, bool)>)
      decreases Repr
    {
      TakenThenRefused(OutputsOf(history))
    }

    // How many more values it takes before it refuses them, if known.
    function Capacity(): Option<nat>
      reads this, Repr
      requires Valid()

    // The values taken so far.
    ghost function Consumed(): seq<T>
      reads this
    {
      ConsumedOf(history)
    }

    twostate function NewConsumed(): seq<T>
      requires old(history) <= history
      reads this, Repr
    {
      ConsumedOf(history[|old(history)|..])
    }

    // True once it has refused a value.
    ghost predicate Done()
      reads this
    {
      !Seq.All(Outputs(), IsTrue)
    }

    // A bound on the values it can still take, which each taken value decreases.
    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3

    ghost function Decreases(t: T): ORDINAL
      requires Requires(t)
      reads Reads(t)
    {
      Decreasing()
    }

    twostate predicate DecreasedBy(new result: bool)
      requires old(Valid())
      requires Valid()
      reads this, Repr
    {
      if result then Decreasing() < old(Decreasing())
      else Decreasing() <= old(Decreasing())
    }

    // A known capacity is exact: the consumer takes a value while it is positive, refuses it
    // at zero, and counts down.
    twostate predicate CapacityKept(new result: bool)
      requires old(Valid())
      requires Valid()
      reads this, Repr
    {
      old(Capacity()).Some? ==>
        if old(Capacity()).value == 0 then !result && Capacity() == Some(0)
        else result && Capacity() == Some(old(Capacity()).value - 1)
    }

    method Invoke(t: T) returns (r: bool)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0
      ensures Ensures(t, r)
      ensures DecreasedBy(r)
      ensures CapacityKept(r)

    // Invoke, named for what it does.
    method Accept(t: T) returns (r: bool)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0
      ensures Ensures(t, r)
      ensures DecreasedBy(r)
      ensures CapacityKept(r)
    {
      assert Requires(t);
      r := Invoke(t);
    }
  }

  // Writes what it takes into an array, from index 0, until the array is full.
  @AssumeCrossModuleTermination
  class ArrayWriter<T> extends Consumer<T> {

    const storage: array<T>
    var size: nat

    constructor (storage: array<T>)
      ensures Valid()
      ensures history == []
      ensures fresh(Repr - {storage})
      ensures this.storage == storage
      ensures size == 0
    {
      this.storage := storage;
      this.size := 0;
      history := [];
      Repr := {this, storage};
      new;
      assert storage[..0] == [];
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
      && size <= storage.Length
      && Consumed() == storage[..size]
      && (size < storage.Length ==> Seq.All(Outputs(), IsTrue))
    }

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost predicate ValidInput(history: seq<(T, bool)>, next: T)
      requires ValidHistory(history)
      decreases Repr
    {
      true
    }

    function Capacity(): Option<nat>
      reads this, Repr
      requires Valid()
    {
      Some(storage.Length - size)
    }

    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      (storage.Length - size) as ORDINAL
    }

    method Invoke(t: T) returns (r: bool)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0
      ensures Ensures(t, r)
      ensures DecreasedBy(r)
      ensures CapacityKept(r)
    {
      assert Valid();
      ghost var h := history;
      if size == storage.Length {
        r := false;
      } else {
        storage[size] := t;
        size := size + 1;
        r := true;
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
      assert storage[..size] == old(storage[..size]) + (if r then [t] else []);
      if !r {
        assert !IsTrue(Outputs()[|Outputs()| - 1]);
      }
    }
  }

  // Takes the first n values it is given (and ignores them), then refuses the rest.
  @AssumeCrossModuleTermination
  class IgnoreNConsumer<T> extends Consumer<T> {

    const n: nat
    var consumedCount: nat

    constructor (n: nat)
      ensures Valid()
      ensures history == []
      ensures fresh(Repr)
      ensures this.n == n
    {
      this.n := n;
      this.consumedCount := 0;
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
      && ValidHistory(history)
      && consumedCount <= n
      && |Consumed()| == consumedCount
      && (consumedCount < n ==> Seq.All(Outputs(), IsTrue))
    }

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost predicate ValidInput(history: seq<(T, bool)>, next: T)
      requires ValidHistory(history)
      decreases Repr
    {
      true
    }

    function Capacity(): Option<nat>
      reads this, Repr
      requires Valid()
    {
      Some(n - consumedCount)
    }

    ghost function Decreasing(): ORDINAL
      requires Valid()
      reads this, Repr
      decreases Repr, 3
    {
      (n - consumedCount) as ORDINAL
    }

    method Invoke(t: T) returns (r: bool)
      requires Requires(t)
      modifies Modifies(t)
      decreases Decreases(t), 0
      ensures Ensures(t, r)
      ensures DecreasedBy(r)
      ensures CapacityKept(r)
    {
      assert Valid();
      ghost var h := history;
      r := consumedCount < n;
      if r {
        consumedCount := consumedCount + 1;
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
  }

  // Folds what it takes into a value: value == Seq.FoldLeft(f, init, Inputs()).
  @AssumeCrossModuleTermination
  class FoldingConsumer<T, R> extends IConsumer<T> {

    ghost const init: R
    const f: (R, T) -> R
    var value: R

    constructor (init: R, f: (R, T) -> R)
      ensures Valid()
      ensures fresh(Repr)
      ensures history == []
      ensures this.f == f && this.init == init && value == init
    {
      this.init := init;
      this.f := f;
      this.value := init;
      this.Repr := {this};
      this.history := [];
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      && this in Repr
      && value == Seq.FoldLeft(f, init, Inputs())
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
      assert Valid();
      ghost var inputs := Inputs();
      value := f(value, t);
      r := ();
      OutputsOfAppend(history, (t, r));
      UpdateHistory(t, r);
      assert Inputs() == inputs + [t];
      Seq.LemmaFoldLeftDistributesOverConcat(f, init, inputs, [t]);
      assert Seq.FoldLeft(f, value, []) == value;
    }
  }

  // The proof that a FoldingConsumer takes every value (for Producer.ForEach).
  @AssumeCrossModuleTermination
  class FoldingConsumerTotalActionProof<T, R> extends TotalActionProof<T, ()> {

    ghost const action: FoldingConsumer<T, R>

    constructor (action: FoldingConsumer<T, R>)
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

  // Collects what it takes in a DynamicArray (amortized constant time per value).
  @AssumeCrossModuleTermination
  class DynamicArrayWriter<T> extends IConsumer<T>, TotalActionProof<T, ()> {

    var storage: DynamicArray<T>

    constructor ()
      ensures Valid()
      ensures fresh(Repr)
      ensures history == []
    {
      var a := new DynamicArray<T>();
      storage := a;
      history := [];
      Repr := a.Repr + {a} + {this};
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0
    {
      && this in Repr
      && storage in Repr
      && this !in storage.Repr
      && storage.Repr <= Repr
      && storage.Valid?()
      && Inputs() == storage.items
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
      assert Valid();
      storage.Push(t);
      r := ();
      UpdateHistory(t, r);
      Repr := storage.Repr + {storage} + {this};
      assert Inputs() == old(Inputs()) + [t];
    }

    ghost function Action(): Action<T, ()> {
      this
    }

    lemma AnyInputIsValid(history: seq<(T, ())>, next: T)
      requires Valid()
      requires Action().ValidHistory(history)
      ensures Action().ValidInput(history, next)
    {}
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
