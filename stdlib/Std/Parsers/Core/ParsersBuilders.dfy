// Std.Parsers.Builders: Dafny 4.11's builder notation for parsers (our own text; stdlib/README.md).
// A parser is wrapped in a datatype B whose methods chain: `S("(").e_I(expr).I_e(S(")"))`.
// Short names (`e_I`, `I_e`, `I_I`, `M`, `?`, `??`, `O`, `Rep`) keep the grammar readable; each
// has a verbose equivalent (`ConcatKeepRight`, `ConcatKeepLeft`, `Concat`, `Map`, `Option`,
// `FailureResetsInput`, `Or`, `Repeat`). Std.Parsers.StringBuilders refines it for strings.
abstract module Std.Parsers.Builders {
  import P : Core

  export
    provides P
    provides O
    provides SucceedWith
    provides FailWith
    provides ResultWith
    provides Rec
    provides MId
    provides B.Apply
    provides B.e_I
    provides B.I_e
    provides B.I_I
    provides B.M, B.M2, B.M3
    provides B.If
    provides B.?
    provides B.??
    provides B.Then
    provides B.ThenWithRemaining
    provides B.Bind
    provides B.Rep
    provides B.RepFold
    provides B.RepSep
    provides B.RepMerge
    provides B.RepSepMerge
    provides B.Rep1
    provides B.Debug
    provides B.End
    provides EOS
    provides Nothing
    provides CharTest
    provides ToInput
    provides RecNoStack
    provides RecursiveProgressError
    provides MapIdentity
    provides B.Option
    provides B.FailureResetsInput
    provides B.ConcatKeepRight
    provides B.ConcatKeepLeft
    provides B.Concat
    provides B.Map
    provides B.Map2
    provides B.Map3
    provides EndOfString
    provides Or
    provides B.Repeat
    provides B.RepeatFold
    provides B.RepeatSeparator
    provides B.RepeatMerge
    provides B.RepeatSeparatorMerge
    provides B.RepeatAtLeastOnce
    provides Recursive
    provides RecursiveNoStack
    provides RecursiveMap
    reveals NonProgressing
    reveals Input
    reveals InputLength
    reveals C
    reveals ParseResult
    reveals B
    reveals Rec, RecMap
    reveals RecMapDef, FailureLevel, RecMapSel
    reveals RecNoStackResult

  type Input = P.Input
  type C = P.C

  // Recoverable or Fatal.
  type FailureLevel = P.FailureLevel

  // Builders by name, for RecMap's definitions.
  type RecMapSel<A> = string -> B<A>

  type ParseResult<+T> = P.ParseResult<T>

  // The input made of a sequence (the refinement for strings defines it).
  function ToInput(other: seq<C>): (i: Input)

  // Succeeds with t on any input, consuming nothing.
  function SucceedWith<T>(t: T): B<T>
  {
    B(P.SucceedWith(t))
  }

  // Fails with message on any input, consuming nothing.
  function FailWith<T>(message: string, level: FailureLevel := P.Recoverable): B<T>
  {
    B(P.FailWith(message, level))
  }

  // Gives result on any input.
  function ResultWith<R>(result: ParseResult<R>): B<R>
  {
    B(P.ResultWith(result))
  }

  // Succeeds with (), consuming nothing (an alternative that always applies).
  const Nothing: B<()> := B(P.Epsilon())

  // The identity, as the unfolder of M2 and M3 when the value already is a pair or triple.
  function MId<R>(r: R): R
  {
    r
  }

  // MId's verbose name.
  function MapIdentity<R>(r: R): R
  {
    r
  }

  // A parser, with the builder methods.
  datatype B<R> = B(apply: P.Parser<R>)
  {
    // The parser on a sequence.
    function Apply(input: seq<C>): ParseResult<R>
    {
      apply(ToInput(input))
    }

    // Some(value) where this succeeds; None, consuming nothing, where it fails recoverably
    // without consuming input; any other failure as it is. Verbose: Option().
    function ?(): B<P.Option<R>>
    {
      B(P.Maybe(apply))
    }

    function Option(): B<P.Option<R>>
    {
      B(P.Maybe(apply))
    }

    // This, with a recoverable failure placed back at the start (as if it had consumed
    // nothing), so that an alternative can be tried after a partial parse. Verbose:
    // FailureResetsInput().
    function ??(): B<R>
    {
      B(P.?(apply))
    }

    function FailureResetsInput(): B<R>
    {
      B(P.?(apply))
    }

    // This, then other on what this left; other's value ("exclude, include"). Verbose:
    // ConcatKeepRight(other).
    function e_I<U>(other: B<U>): (p: B<U>)
    {
      B(P.ConcatKeepRight(apply, other.apply))
    }

    function ConcatKeepRight<U>(other: B<U>): (p: B<U>)
    {
      e_I(other)
    }

    // This, then other; this one's value ("include, exclude"). Verbose: ConcatKeepLeft(other).
    function I_e<U>(other: B<U>): (p: B<R>)
    {
      B(P.ConcatKeepLeft(apply, other.apply))
    }

    function ConcatKeepLeft<U>(other: B<U>): (p: B<R>)
    {
      I_e(other)
    }

    // This, then other; the pair of both values. Verbose: Concat(other).
    function I_I<U>(other: B<U>): (p: B<(R, U)>)
    {
      B(P.Concat(apply, other.apply))
    }

    function Concat<U>(other: B<U>): (p: B<(R, U)>)
    {
      I_I(other)
    }

    // This, where cond succeeds on the same input (cond consumes nothing); cond's failure
    // otherwise.
    function If<U>(cond: B<U>): (p: B<R>)
    {
      B(P.If(cond.apply, apply))
    }

    // This, its value through mappingFunc. Verbose: Map(mappingFunc).
    function M<U>(mappingFunc: R -> U): (p: B<U>)
    {
      B(P.Map(apply, mappingFunc))
    }

    function Map<U>(mappingFunc: R -> U): (p: B<U>)
    {
      M(mappingFunc)
    }

    // This, its value split into two by unfolder and given to mappingFunc. Verbose: Map2.
    function M2<R1, R2, U>(unfolder: R -> (R1, R2), mappingFunc: (R1, R2) -> U): (p: B<U>)
    {
      B(P.Map(apply, (x: R) => var parts := unfolder(x); mappingFunc(parts.0, parts.1)))
    }

    function Map2<R1, R2, U>(unfolder: R -> (R1, R2), mappingFunc: (R1, R2) -> U): (p: B<U>)
    {
      M2(unfolder, mappingFunc)
    }

    // This, its value split into three by unfolder and given to mappingFunc. Verbose: Map3.
    function M3<R1, R2, R3, U>(unfolder: R -> (R1, R2, R3), mappingFunc: (R1, R2, R3) -> U): (p: B<U>)
    {
      B(P.Map(apply, (x: R) => var parts := unfolder(x); mappingFunc(parts.0, parts.1, parts.2)))
    }

    function Map3<R1, R2, R3, U>(unfolder: R -> (R1, R2, R3), mappingFunc: (R1, R2, R3) -> U): (p: B<U>)
    {
      M3(unfolder, mappingFunc)
    }

    // This, then the builder other makes of its value, on what this left.
    function Then<V>(other: R -> B<V>): (p: B<V>)
    {
      B(P.Bind(apply, (result: R) => other(result).apply))
    }

    // As Then, with the rest of the input also given to other.
    function ThenWithRemaining<V>(other: (R, Input) -> B<V>): (p: B<V>)
    {
      B(P.BindSucceeds(apply, (result: R, input: Input) => other(result, input).apply))
    }

    // The builder other makes of this one's whole result and of the input, run on the input.
    function Bind<V>(other: (ParseResult<R>, Input) -> B<V>): (p: B<V>)
    {
      B(P.BindResult(apply, (result: ParseResult<R>, input: Input) => other(result, input).apply))
    }

    // This, with onEnter called before and onExit after (to trace a parse: see
    // StringBuilders' DebugSummaryInput and PrintDebugSummaryOutput).
    function Debug<D>(name: string, onEnter: (string, Input) -> D, onExit: (string, D, ParseResult<R>) -> ()): B<R>
    {
      B(P.Debug(apply, name, onEnter, onExit))
    }

    // This as many times as it succeeds consuming input, the values folded into init by
    // combine. Verbose: RepeatFold(init, combine).
    function RepFold<A>(init: A, combine: (A, R) -> A): (p: B<A>)
    {
      B(P.Rep(apply, combine, init))
    }

    function RepeatFold<A>(init: A, combine: (A, R) -> A): (p: B<A>)
    {
      RepFold(init, combine)
    }

    // This, separated by separator, as long as both succeed; the sequence of the values.
    // Verbose: RepeatSeparator(separator).
    function RepSep<K>(separator: B<K>): (p: B<seq<R>>)
    {
      B(P.RepSep(apply, separator.apply))
    }

    function RepeatSeparator<K>(separator: B<K>): (p: B<seq<R>>)
    {
      RepSep(separator)
    }

    // This at least once, as long as it succeeds, the values merged from the left. Verbose:
    // RepeatMerge(merger).
    function RepMerge(merger: (R, R) -> R): (p: B<R>)
    {
      B(P.RepMerge(apply, merger))
    }

    function RepeatMerge(merger: (R, R) -> R): (p: B<R>)
    {
      RepMerge(merger)
    }

    // As RepMerge, with separator between the occurrences. Verbose: RepeatSeparatorMerge.
    function RepSepMerge<K>(separator: B<K>, merger: (R, R) -> R): (p: B<R>)
    {
      B(P.RepSepMerge(apply, separator.apply, merger))
    }

    function RepeatSeparatorMerge<K>(separator: B<K>, merger: (R, R) -> R): (p: B<R>)
    {
      RepSepMerge(separator, merger)
    }

    // This as many times as it succeeds consuming input; the sequence of the values.
    // Verbose: Repeat().
    function Rep(): (p: B<seq<R>>)
    {
      B(P.ZeroOrMore(apply))
    }

    function Repeat(): (p: B<seq<R>>)
    {
      Rep()
    }

    // As Rep, at least once. Verbose: RepeatAtLeastOnce().
    function Rep1(): (p: B<seq<R>>)
    {
      B(P.OneOrMore(apply))
    }

    function RepeatAtLeastOnce(): (p: B<seq<R>>)
    {
      Rep1()
    }

    // This, followed by the end of the input.
    function End(): (p: B<R>)
    {
      I_e(EOS)
    }
  }

  // The first alternative that does not fail recoverably without consuming input; where all
  // do, a failure that lists what each expected. Verbose: Or(alternatives).
  function O<R>(alternatives: seq<B<R>>): B<R>
  {
    if alternatives == [] then FailWith("no alternative")
    else if |alternatives| == 1 then alternatives[0]
    else B(P.Or(alternatives[0].apply, O(alternatives[1..]).apply))
  }

  function Or<R>(alternatives: seq<B<R>>): B<R>
  {
    O(alternatives)
  }

  // Succeeds at the end of the input only. Verbose: EndOfString.
  const EOS: B<()> := B(P.EndOfString())

  const EndOfString: B<()> := EOS

  // The next character, where test accepts it; "expected a <name>" otherwise.
  function CharTest(test: C -> bool, name: string): B<C>
  {
    B(P.CharTest(test, name))
  }

  // The builder r with r == underlying(r), for recursive grammars: a recursive use that has
  // consumed nothing fails. Verbose: Recursive(underlying).
  opaque function Rec<R(!new)>(
    underlying: B<R> -> B<R>
  ): B<R>
  {
    B(P.Recursive((self: P.Parser<R>) => underlying(B(self)).apply))
  }

  opaque function Recursive<R(!new)>(
    underlying: B<R> -> B<R>
  ): B<R>
  {
    Rec(underlying)
  }

  function InputLength(input: Input): nat
  {
    P.A.Length(input)
  }

  // Nothing was consumed from input1 to input2.
  predicate NonProgressing(input1: Input, input2: Input)
  {
    InputLength(input2) >= InputLength(input1)
  }

  // The failure to report for a recursion that made no progress from input1 to input2.
  function RecursiveProgressError<R>(name: string, input1: Input, input2: Input): P.ParseResult<R>
    requires NonProgressing(input1, input2)
  {
    P.RecursiveProgressError(name, input1, input2)
  }

  // What RecNoStack's underlying builder gives: a value, or a continuation that wants the
  // value of a recursive parse (and the input after it).
  datatype RecNoStackResult<!R> =
    | RecReturn(toReturn: R)
    | RecContinue(toContinue: (R, Input) -> B<RecNoStackResult<R>>)

  // A continuation waiting on RecNoStack_'s stack.
  type RecCallback<!R> = B<RecNoStackResult<R>>

  // As Rec, with the recursion on the heap (RecNoStackResult). Verbose: RecursiveNoStack.
  opaque function RecNoStack<R(!new)>(
    underlying: B<RecNoStackResult<R>>
  ): B<R>
  {
    B((input: Input) => RecNoStack_(underlying, underlying, input, input, []))
  }

  function RecursiveNoStack<R(!new)>(
    underlying: B<RecNoStackResult<R>>
  ): B<R>
  {
    RecNoStack(underlying)
  }

  // Runs continuation on input; previousInput is where the last recursion started and
  // callbacks the continuations waiting, innermost first. A tail call in every case.
  function RecNoStack_<R>(
    continuation: B<RecNoStackResult<R>>,
    underlying: B<RecNoStackResult<R>>,
    input: P.Input,
    previousInput: P.Input,
    callbacks: seq<ParseResult<R> -> RecCallback<R>>
  ): (result: ParseResult<R>)
    decreases P.A.Length(input), P.A.Length(previousInput), |callbacks|
  {
    var step := continuation.apply(input);
    var remaining := step.Remaining();
    if step.IsFailure() || step.Extract().0.RecReturn? then
      // a value (or a failure) for the innermost waiting continuation
      var outcome: ParseResult<R> :=
        if step.IsFailure() then step.PropagateFailure()
        else P.ParseSuccess(step.Extract().0.toReturn, remaining);
      if callbacks == [] then
        outcome
      else if P.A.Length(remaining) > P.A.Length(input) then
        RecursiveProgressError<R>("Parsers.RecNoStack[internal]", input, remaining)
      else if P.A.Length(input) > P.A.Length(previousInput) then
        RecursiveProgressError<R>("Parsers.RecNoStack[internal]", previousInput, input)
      else
        RecNoStack_<R>(callbacks[0](outcome), underlying, remaining, input, callbacks[1..])
    else
      var next := step.Extract().0.toContinue;
      var resume: ParseResult<R> -> RecCallback<R> :=
        (parsed: ParseResult<R>) =>
          if parsed.IsFailure() then B(P.ResultWith(parsed.PropagateFailure()))
          else next(parsed.Extract().0, parsed.Extract().1);
      if P.A.Length(remaining) < P.A.Length(input) ||
         (P.A.Length(remaining) == P.A.Length(input) &&
          P.A.Length(remaining) < P.A.Length(previousInput)) then
        RecNoStack_<R>(underlying, underlying, remaining, remaining, [resume] + callbacks)
      else
        RecursiveProgressError<R>("ParserBuilders.RecNoStack", input, remaining)
  }

  // A definition for RecMap, with its order.
  datatype RecMapDef<!R> = RecMapDef(
    order: nat,
    definition: RecMapSel<R> -> B<R>)

  // Mutually recursive builders by name: each definition gets a selector of the builders by
  // name; startFun is the one to start with. A call to another definition on the same input
  // must go to a lower order (else a recoverable failure says so); a name without definition
  // fails fatally. Verbose: RecursiveMap.
  opaque function RecMap<R(!new)>(
    underlying: map<string, RecMapDef<R>>,
    startFun: string
  ): (p: B<R>)
  {
    var definitions := map name | name in underlying ::
      name := P.RecursiveDef(
        underlying[name].order,
        (select: P.ParserSelector<R>) =>
          underlying[name].definition((other: string) => B(select(other))).apply);
    B(P.RecursiveMap(definitions, startFun))
  }

  opaque function RecursiveMap<R(!new)>(
    underlying: map<string, RecMapDef<R>>,
    startFun: string
  ): (p: B<R>)
  {
    RecMap(underlying, startFun)
  }
}
