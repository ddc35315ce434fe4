// Std.Parsers.Theorems: what the combinators of Std.Parsers.Core give, with the statements of
// Dafny 4.11's standard library (our own proofs; stdlib/README.md).
abstract module Std.Parsers.Theorems refines Core {
  import opened Collections.Tuple

  // A trigger for quantifiers over inputs that have no better one.
  ghost predicate Trigger<T>(i: T) { true }

  // underlying never fails fatally, and what it leaves is always a suffix of its input.
  opaque ghost predicate NeverFatal<R>(underlying: Parser<R>)
  {
    forall input: Input | Trigger(input) ::
      && (underlying(input).ParseFailure? ==> underlying(input).level == Recoverable)
      && IsRemaining(input, underlying(input).Remaining())
  }

  lemma AboutSucceedWith<R>(result: R, input: Input)
    ensures
      var p := SucceedWith(result);
      && p(input).ParseSuccess?
      && p(input).remaining == input
  {
    reveal SucceedWith();
  }

  lemma AboutFail<R>(message: string, level: FailureLevel, input: Input)
    ensures
      var p := FailWith<R>(message, level)(input);
      && p.ParseFailure?
      && p.data == FailureData(message, input, Option.None)
      && p.level == level
  {
    reveal FailWith();
  }

  lemma AboutFail_2<R>(message: string, input: Input)
    ensures
      var p := FailWith<R>(message)(input);
      && p.ParseFailure?
      && p.level == Recoverable
      && p.data == FailureData(message, input, Option.None)
  {
    AboutFail<R>(message, Recoverable, input);
  }

  lemma AboutBind_<L, R>(
    left: Parser<L>,
    right: (L, Input) -> Parser<R>,
    input: Input
  )
    ensures
      var p := BindSucceeds(left, right)(input);
      && var leftResult := left(input);
      && !leftResult.IsFailure()
      ==> var leftValues := left(input).Extract();
          && var rightResult := right(leftValues.0, leftValues.1)(leftValues.1);
          && !rightResult.IsFailure()
          ==> && !p.IsFailure()
              && p.remaining == rightResult.remaining
              && p.result == rightResult.result
  {
    reveal BindSucceeds();
  }

  lemma AboutMap_<R, U>(underlying: Parser<R>, mappingFunc: R -> U, input: Input)
    ensures var p := Map(underlying, mappingFunc);
            && (underlying(input).ParseSuccess? <==> p(input).ParseSuccess?)
            && (p(input).ParseSuccess? ==>
                  && p(input).remaining == underlying(input).remaining
                  && p(input).result == mappingFunc(underlying(input).result))
  {
    reveal Map();
  }

  // Map as a BindSucceeds whose right side succeeds with the mapped value.
  function BindMapCallback<R, U>(mappingFunc: R -> U): (R, Input) -> Parser<U>
  {
    (result: R, remaining: Input) => SucceedWith(mappingFunc(result))
  }

  lemma AboutMap_Bind_<R, U>(underlying: Parser<R>, mappingFunc: R -> U, input: Input)
    ensures Map(underlying, mappingFunc)(input)
         == BindSucceeds<R, U>(underlying, BindMapCallback(mappingFunc))(input)
  {
    reveal Map(), BindSucceeds(), SucceedWith();
  }

  lemma AboutConcat<L, R>(
    left: Parser<L>,
    right: Parser<R>,
    input: Input)
    ensures var p := Concat(left, right);
            && (p(input).ParseSuccess? ==>
                  && left(input).ParseSuccess?
                  && p(input).result.0 == left(input).result
                  && var input2 := left(input).remaining;
                  && right(input2).ParseSuccess?
                  && p(input).result.1 == right(input2).result
                  && p(input).remaining == right(input2).remaining)
  {
    reveal Concat();
  }

  // Concat as a BindSucceeds whose right side maps right's value to the pair.
  function BindConcatCallback<L, R>(right: Parser<R>): (L, Input) -> Parser<(L, R)>
  {
    (l: L, remaining: Input) => Map(right, (r: R) => (l, r))
  }

  lemma AboutConcatBindSucceeds<L, R>(
    left: Parser<L>,
    right: Parser<R>,
    input: Input)
    ensures Concat(left, right)(input) == BindSucceeds(left, BindConcatCallback(right))(input)
  {
    reveal Concat(), BindSucceeds(), Map();
  }

  lemma AboutConcatKeepRight<L, R>(
    left: Parser<L>,
    right: Parser<R>,
    input: Input)
    ensures var p := ConcatKeepRight(left, right);
            && (p(input).ParseSuccess? ==>
                  && left(input).ParseSuccess?
                  && var input2 := left(input).remaining;
                  && right(input2).ParseSuccess?
                  && p(input).result == right(input2).result
                  && p(input).remaining == right(input2).remaining)
  {
    reveal ConcatKeepRight(), ConcatMap();
  }

  lemma AboutConcatConcatKeepRight<L, R>(
    left: Parser<L>,
    right: Parser<R>,
    input: Input)
    ensures Map(Concat(left, right), T2_1())(input) == ConcatKeepRight(left, right)(input)
  {
    reveal Concat(), ConcatKeepRight(), Map(), ConcatMap();
  }

  lemma AboutConcatKeepLeft<L, R>(
    left: Parser<L>,
    right: Parser<R>,
    input: Input)
    ensures var p := ConcatKeepLeft(left, right);
            && (p(input).ParseSuccess? ==>
                  && left(input).ParseSuccess?
                  && var input2 := left(input).remaining;
                  && right(input2).ParseSuccess?
                  && p(input).result == left(input).result
                  && p(input).remaining == right(input2).remaining)
  {
    reveal ConcatKeepLeft(), ConcatMap();
  }

  lemma AboutConcatConcatKeepLeft<L, R>(
    left: Parser<L>,
    right: Parser<R>,
    input: Input)
    ensures Map(Concat(left, right), T2_0())(input) == ConcatKeepLeft(left, right)(input)
  {
    reveal Concat(), ConcatKeepLeft(), Map(), ConcatMap();
  }

  // What ZeroOrMore gives on input, given that acc was collected before.
  predicate AboutRepIncreasesPosIfUnderlyingSucceedsAtLeastOnce_Ensures<R>(
    underlying: Parser<R>,
    acc: seq<R>,
    input: Input
  )
  {
    var result := ZeroOrMore(underlying)(input);
    && result.ParseSuccess?
    && |acc| <= |result.result|
    && (underlying(input).ParseSuccess? && A.Length(underlying(input).remaining) < A.Length(input)
        ==>
          (|acc| < |result.result| && A.Length(result.remaining) < A.Length(input)))
  }

  // Recursive_ on input leaves a suffix of input.
  predicate AboutFix_Ensures<R(!new)>(
    underlying: Parser<R> -> Parser<R>,
    input: Input)
  {
    var p := Recursive_(underlying, input);
    p.ParseSuccess? ==> IsRemaining(input, p.remaining)
  }

  // underlying's parser for callback, on input (opaque: a term for quantifiers to match on).
  opaque function CallUnderlyingCallbackInput<R(!new)>(underlying: Parser<R> -> Parser<R>, callback: Parser<R>, input: Input): ParseResult<R>
  {
    underlying(callback)(input)
  }

  opaque predicate IsRemainingFix<R(!new)>(underlying: Parser<R> -> Parser<R>, callback: Parser<R>, input: Input)
  {
    IsRemaining(input, CallUnderlyingCallbackInput(underlying, callback, input).Remaining())
  }

  @IsolateAssertions
  lemma AboutFix<R(!new)>(
    underlying: Parser<R> -> Parser<R>,
    input: Input)
    requires
      forall callback: Parser<R>, u: Input
        | CallUnderlyingCallbackInput(underlying, callback, u).ParseSuccess?
        :: IsRemainingFix(underlying, callback, input)
    ensures AboutFix_Ensures(underlying, input)
  {
    reveal Recursive_();
    var p := Recursive_(underlying, input);
    if p.ParseSuccess? {
      // the parser Recursive_ gives underlying
      var self: Parser<R> :=
        (rest: Input) =>
          if A.Length(rest) >= A.Length(input) then
            RecursiveProgressError<R>("Parsers.Recursive", input, rest)
          else
            Recursive_(underlying, rest);
      assert p == underlying(self)(input);
      assert CallUnderlyingCallbackInput(underlying, self, input) == p by {
        reveal CallUnderlyingCallbackInput();
      }
      InstantiateForallManually(underlying, self, input);
      reveal IsRemainingFix();
    }
  }

  lemma InstantiateForallManually<R(!new)>(
    underlying: Parser<R> -> Parser<R>,
    callback: Parser<R>,
    input: Input)
    requires forall c: Parser<R>, u: Input
               | CallUnderlyingCallbackInput(underlying, c, u).ParseSuccess?
               :: IsRemainingFix(underlying, c, input)
    ensures CallUnderlyingCallbackInput(underlying, callback, input).ParseSuccess? ==>
              IsRemainingFix(underlying, callback, input)
  {
  }

  // RecursiveMap_ on input leaves a suffix of input.
  predicate AboutRecursiveMap_Ensures<R(!new)>(
    underlying: map<string, RecursiveDef<R>>,
    fun: string,
    input: Input
  )
  {
    var p := RecursiveMap_(underlying, fun, input);
    p.ParseSuccess? ==> IsRemaining(input, p.remaining)
  }

  lemma SucceedWithValid<R>(result: R)
    ensures NeverFatal(SucceedWith(result))
  {
    reveal NeverFatal(), SucceedWith();
  }

  lemma SucceedWithValidAuto<R>()
    ensures forall result: R :: NeverFatal(SucceedWith(result))
  {
    forall result: R
      ensures NeverFatal(SucceedWith(result))
    {
      SucceedWithValid(result);
    }
  }

  lemma EpsilonValid()
    ensures NeverFatal(Epsilon())
  {
    reveal Epsilon();
    SucceedWithValid(());
  }

  lemma AboutEpsilon(input: Input)
    ensures
      var p := Epsilon();
      && p(input).ParseSuccess?
      && p(input).remaining == input
  {
    reveal Epsilon();
    AboutSucceedWith((), input);
  }

  lemma FailValid<R>(message: string)
    ensures NeverFatal<R>(FailWith(message, Recoverable))
  {
    reveal FailWith(), NeverFatal();
  }

  lemma FailValidAuto<R>()
    ensures forall message :: NeverFatal<R>(FailWith(message, Recoverable))
  {
    forall message: string
      ensures NeverFatal<R>(FailWith(message, Recoverable))
    {
      FailValid<R>(message);
    }
  }

  // right never fails fatally, whatever it is given.
  ghost predicate BindRightValid<L(!new), R>(right: (L, Input) -> Parser<R>)
  {
    forall l: L, input: Input :: NeverFatal(right(l, input))
  }

  @IsolateAssertions @ResourceLimit("5e5")
  lemma BindSucceedsValid<L(!new), R>(
    left: Parser<L>,
    right: (L, Input) -> Parser<R>
  )
    requires NeverFatal(left)
    requires BindRightValid(right)
    ensures NeverFatal(BindSucceeds(left, right))
  {
    var p := BindSucceeds(left, right);
    forall input: Input | Trigger(input)
      ensures && (p(input).ParseFailure? ==> p(input).level == Recoverable)
              && IsRemaining(input, p(input).Remaining())
    {
      reveal NeverFatal();
      reveal BindSucceeds();
      var first := left(input);
      assert Trigger(input);
      if first.ParseSuccess? {
        var rest := first.remaining;
        assert Trigger(rest);
        var second := right(first.result, rest);
        assert NeverFatal(second);
        assert p(input) == second(rest);
        IsRemainingTransitive(input, rest, second(rest).Remaining());
      }
    }
    assert NeverFatal(p) by {
      reveal NeverFatal();
    }
  }

  // Every right side that never fails fatally makes a BindSucceeds with left that does not.
  ghost predicate BindValidRight<L(!new), R(!new)>(left: Parser<L>)
    requires NeverFatal(left)
  {
    forall right: (L, Input) -> Parser<R> | BindRightValid(right) ::
      NeverFatal(BindSucceeds(left, right))
  }

  lemma BindValidAuto<L(!new), R(!new)>()
    ensures forall left: Parser<L> | NeverFatal(left) ::
              BindValidRight<L, R>(left)
  {
    forall left: Parser<L> | NeverFatal(left)
      ensures BindValidRight<L, R>(left)
    {
      forall right: (L, Input) -> Parser<R> | BindRightValid(right)
        ensures NeverFatal(BindSucceeds(left, right))
      {
        BindSucceedsValid(left, right);
      }
    }
  }
}
