// Std.Parsers.AbstractInput and Std.Parsers.Core: parser combinators over an abstract input,
// with the module names, declarations and contracts of Dafny 4.11's standard library (our own
// definitions and proofs; stdlib/README.md). Std.Parsers.StringParsers refines Core for
// strings.

// What a parser reads: an Input that shows a sequence of characters C, from which characters
// are read and dropped at the front.
abstract module Std.Parsers.AbstractInput {
  type Input(!new, ==)
  type C(!new, ==)

  function ToInput(r: seq<C>): (i: Input)
    ensures View(i) == r

  // The characters left in the input.
  function View(self: Input): (r: seq<C>)
    ensures |View(self)| == Length(self)

  function Length(self: Input): nat

  function CharAt(self: Input, i: int): C
    requires 0 <= i < Length(self)
    ensures CharAt(self, i) == View(self)[i]

  // The input without its first `start` characters.
  function Drop(self: Input, start: int): Input
    requires 0 <= start <= Length(self)
    ensures View(self)[start..] == View(Drop(self, start))
    ensures start == 0 ==> Drop(self, start) == self

  function Slice(self: Input, start: int, end: int): Input
    requires 0 <= start <= end <= Length(self)
    ensures View(self)[start..end] == View(Slice(self, start, end))

  lemma AboutDrop(self: Input, a: int, b: int)
    requires 0 <= a <= Length(self)
    requires 0 <= b <= Length(self) - a
    ensures Drop(self, a + b) == Drop(Drop(self, a), b)
}

// A parser is a function from an input to a ParseResult: a value and the input left after it,
// or a failure. A recoverable failure that has not consumed input lets alternatives be tried
// (Or, Maybe, the repetitions); a fatal one goes up to the caller.
abstract module Std.Parsers.Core {
  // Opened (Dafny's Core imports it unopened): dfyc cannot verify a constructor written
  // `Wrappers.None` yet, and `None` is the same value.
  import opened Wrappers
  import Strings

  export
    provides
      Wrappers,
      SucceedWith,
      Epsilon,
      FailWith,
      EndOfString,
      Bind,
      BindSucceeds,
      BindResult,
      Map,
      Not,
      And,
      Or,
      OrSeq,
      Lookahead,
      ?,
      If,
      Maybe,
      ConcatMap,
      Concat,
      ConcatKeepLeft,
      ConcatKeepRight,
      Debug,
      Rep,
      RepSep,
      RepMerge,
      RepSepMerge,
      ResultWith,
      CharTest,
      ZeroOrMore,
      OneOrMore,
      Recursive,
      RecursiveNoStack,
      RecursiveMap,
      DigitToInt,
      StringToInt,
      ParseResult.IsFailure,
      ParseResult.PropagateFailure,
      ParseResult.Extract,
      A
    reveals
      C,
      Input,
      Parser,
      ParserSelector,
      Option,
      FailureLevel,
      ParseResult,
      FailureData,
      RecursiveDef,
      RecursiveNoStackResult,
      RecursiveProgressError

  export All reveals *

  import A : AbstractInput

  type C = A.C
  type Input = A.Input

  // Total: every input gets a result.
  type Parser<+R> = Input -> ParseResult<R>

  // Finds a parser by its name (RecursiveMap's definitions call each other so).
  type ParserSelector<!R> = string -> Parser<R>

  type Option<T> = Wrappers.Option<T>

  // Why a parse failed: a message and where, followed by the failures of the other
  // alternatives that were tried at the same place.
  datatype FailureData =
    FailureData(message: string, remaining: Input, next: Option<FailureData>)
  {
    // This failure, then those of other.
    function Concat(other: FailureData): FailureData
    {
      match next
      case None => FailureData(message, remaining, Wrappers.Some(other))
      case Some(rest) => FailureData(message, remaining, Wrappers.Some(rest.Concat(other)))
    }
  }

  // Fatal failures stop every combinator; Recoverable ones that consumed nothing let the
  // combinators try something else.
  datatype FailureLevel = Fatal | Recoverable

  datatype ParseResult<+R> =
    | ParseFailure(level: FailureLevel, data: FailureData)
    | ParseSuccess(result: R, remaining: Input)
  {
    // The input after the parse: where it stopped, or where it failed.
    function Remaining(): Input
    {
      match this
      case ParseSuccess(_, rest) => rest
      case ParseFailure(_, failure) => failure.remaining
    }

    // The failure-compatible members, so that `:-` works on parse results.
    predicate IsFailure() {
      ParseFailure?
    }

    predicate IsFatalFailure() {
      ParseFailure? && level.Fatal?
    }

    predicate IsFatal()
      requires IsFailure()
    {
      level.Fatal?
    }

    function PropagateFailure<U>(): ParseResult<U>
      requires IsFailure()
    {
      ParseFailure(level, data)
    }

    function Extract(): (R, Input)
      requires !IsFailure()
    {
      (result, remaining)
    }

    // The value of a success through f; a failure stays as it is.
    function Map<R'>(f: R -> R'): ParseResult<R'>
    {
      if ParseSuccess? then ParseSuccess(f(result), remaining) else ParseFailure(level, data)
    }

    // f applied to the data of a recoverable failure; anything else stays as it is.
    function MapRecoverableError(f: FailureData -> FailureData): ParseResult<R>
    {
      if ParseFailure? && level.Recoverable? then ParseFailure(Recoverable, f(data)) else this
    }

    // A recoverable failure that did not move from `input`: an alternative may be tried.
    predicate NeedsAlternative(input: Input)
    {
      ParseFailure? && level == Recoverable && input == Remaining()
    }
  }

  // remaining is what is left of input after dropping some characters at its front.
  predicate IsRemaining(input: Input, remaining: Input)
  {
    && A.Length(remaining) <= A.Length(input)
    && A.Drop(input, A.Length(input) - A.Length(remaining)) == remaining
  }

  lemma IsRemainingTransitive(input: Input, remaining1: Input, remaining2: Input)
    requires IsRemaining(input, remaining1)
    requires IsRemaining(remaining1, remaining2)
    ensures IsRemaining(input, remaining2)
  {
    var first := A.Length(input) - A.Length(remaining1);
    var second := A.Length(remaining1) - A.Length(remaining2);
    A.AboutDrop(input, first, second);
  }

  // ------------------------------------------------------------------------------------
  // The combinators. Each is opaque: a proof about a parser reveals the ones it looks into.
  // ------------------------------------------------------------------------------------

  // Consumes nothing and gives `result`.
  opaque function SucceedWith<R>(result: R): (p: Parser<R>)
  {
    (input: Input) => ParseSuccess(result, input)
  }

  // Consumes nothing and gives ().
  opaque function Epsilon(): (p: Parser<()>)
  {
    SucceedWith(())
  }

  // Consumes nothing and fails with `message` at the given level.
  opaque function FailWith<R>(message: string, level: FailureLevel := Recoverable): Parser<R>
  {
    (input: Input) => ParseFailure(level, FailureData(message, input, None))
  }

  // Gives `result`, whatever the input.
  opaque function ResultWith<R>(result: ParseResult<R>): Parser<R>
  {
    (input: Input) => result
  }

  // Succeeds only where the input is exhausted.
  opaque function EndOfString(): Parser<()>
  {
    (input: Input) =>
      if A.Length(input) != 0 then
        ParseFailure(Recoverable, FailureData("expected end of string", input, None))
      else
        ParseSuccess((), input)
  }

  // left, then the parser that right makes of left's value, on what left left.
  opaque function Bind<L, R>(
    left: Parser<L>,
    right: L -> Parser<R>
  ): (p: Parser<R>)
  {
    (input: Input) =>
      var first := left(input);
      if first.IsFailure() then first.PropagateFailure()
      else right(first.result)(first.remaining)
  }

  // As Bind, with the rest of the input also given to right.
  opaque function BindSucceeds<L, R>(
    left: Parser<L>,
    right: (L, Input) -> Parser<R>
  ): (p: Parser<R>)
  {
    (input: Input) =>
      var first := left(input);
      if first.IsFailure() then first.PropagateFailure()
      else right(first.result, first.remaining)(first.remaining)
  }

  // right, made of left's whole result (success or failure) and of the input, run on the
  // input itself.
  opaque function BindResult<L, R>(
    left: Parser<L>,
    right: (ParseResult<L>, Input) -> Parser<R>
  ): (p: Parser<R>)
  {
    (input: Input) => right(left(input), input)(input)
  }

  // underlying, its value through mappingFunc.
  opaque function Map<R, U>(underlying: Parser<R>, mappingFunc: R -> U): (p: Parser<U>)
  {
    (input: Input) =>
      var parsed := underlying(input);
      if parsed.IsFailure() then parsed.PropagateFailure()
      else ParseSuccess(mappingFunc(parsed.result), parsed.remaining)
  }

  // Succeeds, consuming nothing, where underlying fails recoverably; fails where it succeeds.
  opaque function Not<R>(underlying: Parser<R>): Parser<()>
  {
    (input: Input) =>
      var attempt := underlying(input);
      if attempt.ParseSuccess? then
        ParseFailure(Recoverable, FailureData("not failed", input, None))
      else if attempt.level == Fatal then
        attempt.PropagateFailure()
      else
        ParseSuccess((), input)
  }

  // Both parsers on the same input; the pair of their values, and what right left.
  opaque function And<L, R>(
    left: Parser<L>,
    right: Parser<R>
  ): (p: Parser<(L, R)>)
  {
    (input: Input) =>
      var l := left(input);
      if l.IsFailure() then l.PropagateFailure() else
      var r := right(input);
      if r.IsFailure() then r.PropagateFailure() else
      ParseSuccess((l.result, r.result), r.remaining)
  }

  // left; where it fails recoverably without consuming input, right; where both do, both
  // failures (left's first).
  opaque function Or<R>(
    left: Parser<R>,
    right: Parser<R>
  ): (p: Parser<R>)
  {
    (input: Input) =>
      var first := left(input);
      if !first.NeedsAlternative(input) then first else
      var second := right(input);
      if !second.NeedsAlternative(input) then second else
      second.MapRecoverableError(rightData => first.data.Concat(rightData))
  }

  // The alternatives in order, as Or of each and the rest.
  opaque function OrSeq<R>(
    alternatives: seq<Parser<R>>
  ): Parser<R>
  {
    if alternatives == [] then FailWith("no alternatives")
    else if |alternatives| == 1 then alternatives[0]
    else Or(alternatives[0], OrSeq(alternatives[1..]))
  }

  // underlying's success, at the input it was given (consumes nothing); its recoverable
  // failure, also placed at that input; its fatal failure as it is.
  opaque function Lookahead<R>(underlying: Parser<R>): (p: Parser<R>)
  {
    (input: Input) =>
      var attempt := underlying(input);
      if attempt.ParseSuccess? then ParseSuccess(attempt.result, input)
      else if attempt.level == Fatal then attempt
      else ParseFailure(Recoverable, FailureData(attempt.data.message, input, None))
  }

  // underlying's success as it is; its recoverable failure placed back at the input, so that
  // an alternative can be tried after a partial parse; its fatal failure as it is.
  opaque function ?<R>(underlying: Parser<R>): (p: Parser<R>)
  {
    (input: Input) =>
      var attempt := underlying(input);
      if attempt.ParseSuccess? || attempt.level == Fatal then attempt
      else ParseFailure(Recoverable, FailureData(attempt.data.message, input, None))
  }

  // succeed, where condition succeeds (looking ahead: condition consumes nothing); condition's
  // failure otherwise.
  opaque function If<L, R>(
    condition: Parser<L>,
    succeed: Parser<R>
  ): (p: Parser<R>)
  {
    Bind(Lookahead(condition), (l: L) => succeed)
  }

  // Maybe of a failure that consumed nothing succeeds with None; of one that consumed input,
  // fails with it.
  lemma AboutMaybe(input: Input)
    requires A.Length(input) > 0
  {
    reveal FailWith(), Maybe(), ResultWith();
    var failing := Maybe<char>(FailWith("Error"));
    assert failing(input) == ParseSuccess(None, input);
    var rest := A.Drop(input, 1);
    assert |A.View(rest)| == |A.View(input)| - 1;
    var consumed := ParseFailure(Recoverable, FailureData("", rest, None));
    var committing := Maybe<char>(ResultWith(consumed));
    assert committing(input) == consumed.PropagateFailure();
  }

  // underlying's value as Some(value); None, consuming nothing, where underlying fails
  // recoverably without consuming input; its other failures as they are.
  opaque function Maybe<R>(underlying: Parser<R>): Parser<Option<R>>
  {
    (input: Input) =>
      var attempt := underlying(input);
      if attempt.ParseSuccess? then ParseSuccess(Wrappers.Some(attempt.result), attempt.remaining)
      else if attempt.NeedsAlternative(input) then ParseSuccess(None, input)
      else attempt.PropagateFailure()
  }

  // left, then right on what left left; mapper of their values.
  opaque function ConcatMap<L, R, T>(
    left: Parser<L>,
    right: Parser<R>,
    mapper: (L, R) -> T
  ): (p: Parser<T>)
  {
    (input: Input) =>
      var l := left(input);
      if l.IsFailure() then l.PropagateFailure() else
      var r := right(l.remaining);
      if r.IsFailure() then r.PropagateFailure() else
      ParseSuccess(mapper(l.result, r.result), r.remaining)
  }

  // left, then right; the pair of their values.
  opaque function Concat<L, R>(
    left: Parser<L>,
    right: Parser<R>
  ): (p: Parser<(L, R)>)
  {
    (input: Input) =>
      var l := left(input);
      if l.IsFailure() then l.PropagateFailure() else
      var r := right(l.remaining);
      if r.IsFailure() then r.PropagateFailure() else
      ParseSuccess((l.result, r.result), r.remaining)
  }

  // left, then right; right's value.
  opaque function ConcatKeepRight<L, R>(
    left: Parser<L>,
    right: Parser<R>
  ): (p: Parser<R>)
  {
    ConcatMap(left, right, (l, r) => r)
  }

  // left, then right; left's value.
  opaque function ConcatKeepLeft<L, R>(
    left: Parser<L>,
    right: Parser<R>
  ): (p: Parser<L>)
  {
    ConcatMap(left, right, (l, r) => l)
  }

  // underlying, with onEnter called before (its value is given to onExit) and onExit after:
  // functions that print (with {:print}) trace a parse.
  opaque function Debug<R, D>(underlying: Parser<R>, name: string, onEnter: (string, Input) -> D, onExit: (string, D, ParseResult<R>) -> ()): (p: Parser<R>)
  {
    (input: Input) =>
      var entered := onEnter(name, input);
      var outcome := underlying(input);
      var _ := onExit(name, entered, outcome);
      outcome
  }

  // A sequence built by appending at its end in constant time (the repetitions collect their
  // values so, instead of concatenating ever longer sequences): last is the last element.
  datatype SeqB<A> = SeqBCons(last: A, init: SeqB<A>) | SeqBNil
  {
    function Append(elem: A): SeqB<A> {
      SeqBCons(elem, this)
    }

    function Length(): nat {
      match this
      case SeqBNil => 0
      case SeqBCons(_, before) => before.Length() + 1
    }

    function ToSequence(): seq<A>
      ensures |ToSequence()| == Length()
    {
      match this
      case SeqBNil => []
      case SeqBCons(x, before) => before.ToSequence() + [x]
    } by method {
      // Fill an array from its end, walking from the last element to the first.
      var n := Length();
      if n == 0 {
        return [];
      }
      var filler := last;
      var out := new A[n](_ => filler);
      var rest := this;
      var k := n;
      while k > 0
        invariant 0 <= k <= n
        invariant rest.Length() == k
        invariant rest.ToSequence() + out[k..] == ToSequence()
        decreases k
      {
        k := k - 1;
        out[k] := rest.last;
        assert out[k..] == [rest.last] + out[k + 1..];
        rest := rest.init;
      }
      assert k == 0 && rest.ToSequence() == [];
      assert out[..] == rest.ToSequence() + out[k..];
      return out[..];
    }
  }

  // underlying as many times as it succeeds consuming input; the sequence of its values.
  opaque function ZeroOrMore<R>(
    underlying: Parser<R>
  ): Parser<seq<R>>
  {
    Map(Rep(underlying, (acc: SeqB<R>, r: R) => acc.Append(r), SeqBNil),
        (acc: SeqB<R>) => acc.ToSequence())
  }

  // As ZeroOrMore, but underlying must succeed at least once.
  opaque function OneOrMore<R>(underlying: Parser<R>): (p: Parser<seq<R>>)
  {
    Bind(underlying, (first: R) =>
      Map(Rep(underlying, (acc: SeqB<R>, r: R) => acc.Append(r), SeqBNil.Append(first)),
          (acc: SeqB<R>) => acc.ToSequence()))
  }

  // underlying as many times as it succeeds consuming input, each value folded into the
  // accumulator by combine, starting from acc; stops at a recoverable failure that consumed
  // nothing, fails with any other failure.
  opaque function Rep<A, B>(
    underlying: Parser<B>,
    combine: (A, B) -> A,
    acc: A
  ): Parser<A>
  {
    (input: Input) => Rep_(underlying, combine, acc, input)
  }

  // underlying, then as many times as they succeed separator and underlying; the sequence of
  // underlying's values (empty where underlying fails at once without consuming input).
  opaque function RepSep<A, B>(
    underlying: Parser<A>,
    separator: Parser<B>
  ): Parser<seq<A>>
  {
    Bind(Maybe(underlying), (first: Option<A>) =>
      match first
      case None => SucceedWith<seq<A>>([])
      case Some(a) =>
        Map(Rep(ConcatKeepRight(separator, underlying),
                (acc: SeqB<A>, next: A) => acc.Append(next),
                SeqBNil.Append(a)),
            (acc: SeqB<A>) => acc.ToSequence()))
  }

  // underlying at least once, its values merged from the left.
  opaque function RepMerge<A>(
    underlying: Parser<A>,
    merger: (A, A) -> A
  ): Parser<A>
  {
    Bind(Maybe(underlying), (first: Option<A>) =>
      match first
      case None => FailWith<A>("No first element in RepMerge", Recoverable)
      case Some(a) => Rep(underlying, (acc: A, next: A) => merger(acc, next), a))
  }

  // underlying, then separator and underlying as many times as they succeed; the values of
  // underlying merged from the left; at least one.
  opaque function RepSepMerge<A, B>(
    underlying: Parser<A>,
    separator: Parser<B>,
    merger: (A, A) -> A
  ): Parser<A>
  {
    Bind(Maybe(underlying), (first: Option<A>) =>
      match first
      case None => FailWith<A>("No first element in RepSepMerge", Recoverable)
      case Some(a) =>
        Rep(ConcatKeepRight(separator, underlying), (acc: A, next: A) => merger(acc, next), a))
  }

  // Rep's loop: each success that consumed input folds its value in and goes on from where it
  // stopped (a tail call).
  opaque function {:tailrecursion true} Rep_<A, B>(
    underlying: Parser<B>,
    combine: (A, B) -> A,
    acc: A,
    input: Input
  ): (p: ParseResult<A>)
    decreases A.Length(input)
  {
    var step := underlying(input);
    if step.ParseSuccess? then
      if A.Length(step.remaining) < A.Length(input) then
        Rep_(underlying, combine, combine(acc, step.result), step.remaining)
      else
        ParseSuccess(acc, input)
    else if step.NeedsAlternative(input) then
      ParseSuccess(acc, input)
    else
      step.PropagateFailure()
  }

  // The parser p with p == underlying(p): underlying is given a parser that calls p back on
  // any strictly shorter input (and fails, recoverably, on the same input). Recurses on the
  // stack; RecursiveNoStack does not.
  opaque function Recursive<R(!new)>(
    underlying: Parser<R> -> Parser<R>
  ): (p: Parser<R>)
  {
    (input: Input) => Recursive_(underlying, input)
  }

  // The failure of a recursive call that did not progress from input to remaining: recoverable
  // when nothing was consumed, fatal when the input grew.
  function RecursiveProgressError<R>(name: string, input: A.Input, remaining: Input): (r: ParseResult<R>)
    requires A.Length(input) <= A.Length(remaining)
    ensures r.IsFailure()
  {
    if A.Length(remaining) > A.Length(input) then
      ParseFailure(Fatal, FailureData(name + "fixpoint called with an increasing remaining sequence", remaining, None))
    else
      ParseFailure(Recoverable, FailureData(name + " no progress in recursive parser", remaining, None))
  }

  opaque function Recursive_<R(!new)>(
    underlying: Parser<R> -> Parser<R>,
    input: Input
  ): (p: ParseResult<R>)
    decreases A.Length(input)
  {
    var self: Parser<R> :=
      (rest: Input) =>
        if A.Length(rest) >= A.Length(input) then
          RecursiveProgressError<R>("Parsers.Recursive", input, rest)
        else
          Recursive_(underlying, rest);
    underlying(self)(input)
  }

  // As Recursive, with the recursion on the heap: underlying gives either a value
  // (RecursiveReturn) or, after consuming input, a continuation that wants the value of a
  // recursive parse (RecursiveContinue).
  function RecursiveNoStack<R>(underlying: Parser<RecursiveNoStackResult<R>>): Parser<R>
  {
    (input: Input) => RecursiveNoStack_(underlying, underlying, input, [])
  }

  datatype RecursiveNoStackResult<!R> =
    | RecursiveReturn(R)
    | RecursiveContinue(R -> Parser<RecursiveNoStackResult<R>>)

  // The continuations waiting for a value (RecursiveNoStack_'s stack).
  type RecursiveCallback<!R> = Parser<RecursiveNoStackResult<R>>

  // Runs continuation on input; callbacks are the continuations still waiting, innermost
  // first. A tail call in every case.
  @IsolateAssertions
  function RecursiveNoStack_<R>(
    continuation: Parser<RecursiveNoStackResult<R>>,
    underlying: Parser<RecursiveNoStackResult<R>>,
    input: Input,
    callbacks: seq<ParseResult<R> -> RecursiveCallback<R>>
  ): (result: ParseResult<R>)
    decreases A.Length(input), |callbacks|
  {
    var step := continuation(input);
    if step.IsFailure() then step.PropagateFailure() else
    var remaining := step.remaining;
    match step.result
    case RecursiveReturn(value) =>
      if callbacks == [] then
        ParseSuccess(value, remaining)
      else if A.Length(remaining) > A.Length(input) then
        // a parser that gave back more than its input
        RecursiveProgressError<R>("Parsers.RecursiveNoStack[internal]", input, remaining)
      else
        RecursiveNoStack_<R>(callbacks[0](ParseSuccess(value, remaining)), underlying, remaining, callbacks[1..])
    case RecursiveContinue(next) =>
      if A.Length(remaining) >= A.Length(input) then
        RecursiveProgressError<R>("Parsers.RecursiveNoStack", input, remaining)
      else
        // after the recursive parse, go on with `next` of its value (or give its failure)
        RecursiveNoStack_<R>(underlying, underlying, remaining,
          [(parsed: ParseResult<R>) =>
             if parsed.IsFailure() then ResultWith(parsed.PropagateFailure())
             else ContinueWith(next, parsed.Extract().0)] + callbacks)
  }

  // next(value). Through a function, so that Dafny 4.11 (without --type-system-refresh) sees
  // the callback above is total: a lambda's value from a captured arrow is not known to be one.
  function ContinueWith<R>(next: R -> Parser<RecursiveNoStackResult<R>>, value: R): RecursiveCallback<R>
  {
    next(value)
  }

  // Mutually recursive parsers by name: underlying maps each name to its definition (given a
  // selector of the parsers by name) and to an order; fun is the one to start with. A call to
  // another definition on the same input must go to a lower order.
  opaque function RecursiveMap<R(!new)>(
    underlying: map<string, RecursiveDef<R>>,
    fun: string
  ): (p: Parser<R>)
  {
    (input: Input) => RecursiveMap_(underlying, fun, input)
  }

  // A definition for RecursiveMap, with its order.
  datatype RecursiveDef<!R> = RecursiveDef(
    order: nat,
    definition: ParserSelector<R> -> Parser<R>
  )

  opaque function RecursiveMap_<R(!new)>(
    underlying: map<string, RecursiveDef<R>>,
    fun: string,
    input: Input
  ): (p: ParseResult<R>)
    decreases A.Length(input), if fun in underlying then underlying[fun].order else 0
  {
    if fun !in underlying then
      ParseFailure(Fatal, FailureData("parser '" + fun + "' not found", input, None))
    else
      var RecursiveDef(order, definition) := underlying[fun];
      var select: ParserSelector<R> :=
        (other: string) =>
          (var call: Parser<R> :=
             if other !in underlying then
               FailWith(other + " not defined", Fatal)
             else
               var RecursiveDef(otherOrder, _) := underlying[other];
               (rest: Input) =>
                 if A.Length(rest) < A.Length(input) ||
                    (A.Length(rest) == A.Length(input) && otherOrder < order) then
                   RecursiveMap_(underlying, other, rest)
                 else if A.Length(rest) > A.Length(input) then
                   ParseFailure(Fatal, FailureData("parser did not return a suffix of the input", rest, None))
                 else
                   ParseFailure(Recoverable, FailureData(
                     "non-progressing recursive call requires that order of '" + other + "' (" +
                     Strings.OfInt(otherOrder) + ") is lower than the order of '" + fun + "' (" +
                     Strings.OfInt(order) + ")", rest, None));
           call);
      definition(select)(input)
  }

  // The first character, where test accepts it; a recoverable failure naming `name` otherwise.
  opaque function CharTest(test: C -> bool, name: string): (p: Parser<C>)
  {
    (input: Input) =>
      if A.Length(input) > 0 && test(A.CharAt(input, 0)) then
        ParseSuccess(A.CharAt(input, 0), A.Drop(input, 1))
      else
        ParseFailure(Recoverable, FailureData("expected a " + name, input, None))
  }

  // The value of a decimal digit; -1 for any other character.
  opaque function DigitToInt(c: char): int
  {
    if '0' <= c <= '9' then c as int - '0' as int else -1
  }

  // A decimal number, possibly negative (digits through DigitToInt).
  opaque function StringToInt(s: string): int
    decreases |s|
  {
    if s == [] then 0
    else if |s| == 1 then DigitToInt(s[0])
    else if s[0] == '-' then 0 - StringToInt(s[1..])
    else 10 * StringToInt(s[..|s| - 1]) + StringToInt(s[|s| - 1..])
  }
}
