// Std.Actions: composable imperative actions whose behaviour is specified by the history of
// inputs they took and outputs they gave. Names and contracts as in Dafny's standard library
// (stdlib/README.md); written for dfyc.
module Std.Actions {

  import opened Wrappers
  import opened Frames
  import opened GenericActions
  import Collections.Seq

  // An action whose specification depends only on its own history: ValidHistory and
  // ValidInput do not read the heap, so what is proved of an action stays true as the heap
  // changes.
  @AssumeCrossModuleTermination
  trait Action<I, O> extends GenericAction<I, O>, Validatable {

    ghost var history: seq<(I, O)>

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      ensures Valid() ==> ValidHistory(history)
      decreases Repr, 0

    twostate predicate ValidChange()
      reads this, Repr
      ensures ValidChange() ==> old(Valid()) && Valid()
      ensures ValidChange() ==> fresh(Repr - old(Repr))
      ensures ValidChange() ==> old(history) <= history

    // The histories this action can have.
    ghost predicate ValidHistory(history: seq<(I, O)>)
      decreases Repr

    // The inputs it accepts after a history.
    ghost predicate ValidInput(history: seq<(I, O)>, next: I)
      requires ValidHistory(history)
      decreases Repr

    ghost predicate Requires(i: I)
      reads Reads(i)
    {
      && Valid()
      && ValidInput(history, i)
    }

    ghost function Reads(i: I): set<object>
      reads this
      ensures this in Reads(i)
    {
      {this} + Repr
    }

    ghost function Modifies(i: I): set<object>
      reads Reads(i)
    {
      Repr
    }

    twostate predicate Ensures(i: I, new o: O)
      requires old(Requires(i))
      reads Reads(i)
    {
      && ValidChange()
      && history == old(history) + [(i, o)]
    }

    // For implementations of Invoke: record one step.
    ghost method UpdateHistory(i: I, o: O)
      modifies `history
      ensures history == old(history) + [(i, o)]
    {
      history := history + [(i, o)];
    }

    ghost function Inputs(): seq<I>
      reads this
    {
      InputsOf(history)
    }

    twostate function NewInputs(): seq<I>
      requires old(history) <= history
      reads this, Repr
    {
      Inputs()[|old(Inputs())|..]
    }

    ghost function Outputs(): seq<O>
      reads this
    {
      OutputsOf(history)
    }

    twostate function NewOutputs(): seq<O>
      requires old(history) <= history
      reads this, Repr
    {
      Outputs()[|old(Outputs())|..]
    }
  }

  function InputsOf<I, O>(history: seq<(I, O)>): seq<I> {
    Seq.Map((e: (I, O)) => e.0, history)
  }

  function OutputsOf<I, O>(history: seq<(I, O)>): seq<O> {
    Seq.Map((e: (I, O)) => e.1, history)
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

  // A proof that Action() accepts every input after every valid history. A proof object
  // (instead of a quantifier) lets the property speak of histories that hold references.
  @AssumeCrossModuleTermination
  trait TotalActionProof<I, O> extends Validatable {

    ghost function Action(): Action<I, O>

    lemma AnyInputIsValid(history: seq<(I, O)>, next: I)
      requires Valid()
      requires Action().ValidHistory(history)
      ensures Action().ValidInput(history, next)
  }

  // The proof for an action whose inputs and outputs hold no references, from a quantifier.
  @AssumeCrossModuleTermination
  class DefaultTotalActionProof<I(!new), O(!new)> extends TotalActionProof<I, O> {

    ghost const action: Action<I, O>

    ghost constructor(action: Action<I, O>)
      requires action.Valid()
      requires forall history: seq<(I, O)>, input: I | action.ValidHistory(history) ::
                 action.ValidInput(history, input)
      ensures this.action == action
      ensures Valid()
      ensures fresh(Repr)
    {
      this.action := action;
      Repr := {this};
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      decreases Repr, 0
    {
      && Repr == {this}
      && forall history: seq<(I, O)>, input: I | action.ValidHistory(history) ::
           action.ValidInput(history, input)
    }

    twostate predicate ValidChange()
      reads this, Repr
      ensures ValidChange() ==> old(Valid()) && Valid() && fresh(Repr - old(Repr))
      decreases Repr, 0
    {
      && old(Valid())
      && Valid()
      && fresh(Repr - old(Repr))
    }

    twostate lemma ValidImpliesValidChange()
      requires old(Valid())
      requires unchanged(old(Repr))
      ensures ValidChange()
    {}

    ghost function Action(): Action<I, O> {
      action
    }

    lemma AnyInputIsValid(history: seq<(I, O)>, next: I)
      requires Valid()
      requires Action().ValidHistory(history)
      ensures Action().ValidInput(history, next)
    {}
  }

  // An action that applies a function to each input.
  @AssumeCrossModuleTermination
  class FunctionAction<I, O> extends Action<I, O> {

    const f: I --> O

    constructor(f: I -> O)
      ensures Valid()
      ensures this.f == f
      ensures fresh(Repr)
      ensures history == []
    {
      this.f := f;
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

    ghost predicate ValidHistory(history: seq<(I, O)>)
      decreases Repr
    {
      forall e <- history :: f.requires(e.0) && e.1 == f(e.0)
    }

    ghost predicate ValidInput(history: seq<(I, O)>, next: I)
      requires ValidHistory(history)
      decreases Repr
    {
      f.requires(next)
    }

    ghost function Decreases(i: I): ORDINAL
      reads Reads(i)
    {
      0
    }

    method Invoke(i: I) returns (o: O)
      requires Requires(i)
      modifies Modifies(i)
      decreases Decreases(i), 0
      ensures Ensures(i, o)
    {
      assert Valid();
      o := f(i);
      UpdateHistory(i, o);
    }
  }

  // The proof that a FunctionAction made from a total function takes every input.
  @AssumeCrossModuleTermination
  class TotalFunctionActionProof<I, O> extends TotalActionProof<I, O> {

    ghost const action: FunctionAction<I, O>
    ghost const f: I -> O

    ghost constructor (action: FunctionAction<I, O>, f: I -> O)
      requires action.f == f
      ensures Valid()
      ensures fresh(Repr)
      ensures Action() == action
      ensures this.f == f
    {
      this.action := action;
      this.f := f;
      this.Repr := {this};
    }

    ghost predicate Valid()
      reads this, Repr
      ensures Valid() ==> this in Repr
      decreases Repr, 0
    {
      && this in Repr
      && action.f == f
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

    ghost function Action(): Action<I, O> {
      action
    }

    lemma AnyInputIsValid(history: seq<(I, O)>, next: I)
      requires Valid()
      requires Action().ValidHistory(history)
      ensures Action().ValidInput(history, next)
    {}
  }

  // An action that gives its input to first, first's output to second, and second's output
  // back; compositionProof says which histories and inputs that allows.
  @AssumeCrossModuleTermination
  class ComposedAction<I, M, O> extends Action<I, O> {

    const first: Action<I, M>
    const second: Action<M, O>
    ghost const compositionProof: ActionCompositionProof<I, M, O>

    constructor(first: Action<I, M>, second: Action<M, O>,
                ghost compositionProof: ActionCompositionProof<I, M, O>)
      requires first.Valid()
      requires first.history == []
      requires second.Valid()
      requires second.history == []
      requires first.Repr !! second.Repr
      requires compositionProof.FirstAction() == first
      requires compositionProof.SecondAction() == second
      ensures Valid()
      ensures history == []
      ensures fresh(Repr - first.Repr - second.Repr)
      ensures this.first == first && this.second == second
      ensures this.compositionProof == compositionProof
    {
      this.first := first;
      this.second := second;
      this.compositionProof := compositionProof;
      history := [];
      Repr := {this} + first.Repr + second.Repr;
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
      && ValidHistory(history)
      && InputsOf(history) == InputsOf(first.history)
      && OutputsOf(first.history) == InputsOf(second.history)
      && OutputsOf(second.history) == OutputsOf(history)
      && compositionProof.FirstAction() == first
      && compositionProof.SecondAction() == second
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

    ghost predicate ValidHistory(history: seq<(I, O)>)
      decreases Repr
    {
      compositionProof.ComposedValidHistory(history)
    }

    ghost predicate ValidInput(history: seq<(I, O)>, next: I)
      requires ValidHistory(history)
      decreases Repr
    {
      compositionProof.ComposedValidInput(history, next)
    }

    ghost function Decreases(i: I): ORDINAL
      reads Reads(i)
    {
      0
    }

    method Invoke(i: I) returns (o: O)
      requires Requires(i)
      modifies Modifies(i)
      decreases Decreases(i), 0
      ensures Ensures(i, o)
    {
      assert Valid();
      ghost var h := history;
      ghost var h1 := first.history;
      ghost var h2 := second.history;
      compositionProof.CanInvokeFirst(first.history, history, i);
      var m := first.Invoke(i);
      compositionProof.CanInvokeSecond(second.history, history, i, m);
      o := second.Invoke(m);
      UpdateHistory(i, o);
      Repr := {this} + first.Repr + second.Repr;
      OutputsOfAppend(h, (i, o));
      OutputsOfAppend(h1, (i, m));
      OutputsOfAppend(h2, (m, o));
      compositionProof.CanReturn(first.history, second.history, history);
    }
  }

  // What a ComposedAction of FirstAction() then SecondAction() rests on: the composed action's
  // valid histories and inputs, and that they let each action take its input.
  trait ActionCompositionProof<I, M, O> {
    ghost function FirstAction(): Action<I, M>
    ghost function SecondAction(): Action<M, O>

    ghost predicate ComposedValidInput(composedHistory: seq<(I, O)>, next: I)

    lemma CanInvokeFirst(firstHistory: seq<(I, M)>, composedHistory: seq<(I, O)>, next: I)
      requires FirstAction().ValidHistory(firstHistory)
      requires ComposedValidInput(composedHistory, next)
      requires InputsOf(firstHistory) == InputsOf(composedHistory)
      ensures FirstAction().ValidInput(firstHistory, next)

    lemma CanInvokeSecond(secondHistory: seq<(M, O)>, composedHistory: seq<(I, O)>, nextT: I,
                          nextM: M)
      requires SecondAction().ValidHistory(secondHistory)
      requires OutputsOf(secondHistory) == OutputsOf(composedHistory)
      ensures SecondAction().ValidInput(secondHistory, nextM)

    lemma CanReturn(firstHistory: seq<(I, M)>, secondHistory: seq<(M, O)>,
                    composedHistory: seq<(I, O)>)
      requires FirstAction().ValidHistory(firstHistory)
      requires SecondAction().ValidHistory(secondHistory)
      ensures ComposedValidHistory(composedHistory)

    ghost predicate ComposedValidHistory(composedHistory: seq<(I, O)>): (result: bool)
      ensures composedHistory == [] ==> result
  }
}
