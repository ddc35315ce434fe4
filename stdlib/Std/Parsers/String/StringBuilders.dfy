// Std.Parsers.StringBuilders: Std.Parsers.Builders for strings, with Dafny 4.11's declarations
// and contracts (our own text; stdlib/README.md). For example, a comma-separated list of
// integers and its end: `Int.I_e(WS).RepSep(S(",").I_e(WS)).End()`.
module Std.Parsers.StringBuilders refines Builders {
  import P = StringParsers

  export StringBuilders extends Builders
    provides ToInput,
             ToInputEnd,
             S,
             Int,
             Nat,
             WS,
             Except,
             Digit,
             DigitNumber,
             DebugSummaryInput,
             PrintDebugSummaryOutput,
             FailureToString,
             Apply,
             InputToString,
             String,
             Whitespace

  function ToInput(other: seq<C>): (i: Input)
    ensures P.A.View(i) == other
  {
    P.A.Seq.Slice(other, 0, |other|)
  }

  // The last fromEnd characters of other, as an input.
  function ToInputEnd(other: seq<C>, fromEnd: int := 0): (i: Input)
    requires 0 <= fromEnd <= |other|
    ensures P.A.View(i) == other[|other| - fromEnd..|other|]
  {
    P.A.Seq.Slice(other, |other| - fromEnd, |other|)
  }

  // The word s, where the input starts with it; a recoverable failure that consumed nothing
  // otherwise. Verbose: String(s).
  function S(s: string): B<string>
  {
    B(P.String(s))
  }

  function String(s: string): B<string>
  {
    S(s)
  }

  // An integer in decimal, with an optional minus sign.
  const Int: B<int> := B(P.Int())

  // A natural number in decimal.
  const Nat: B<nat> := B(P.Nat())

  // One decimal digit, as a character.
  const Digit: B<char> := B(P.Digit())

  // One decimal digit, as its value.
  const DigitNumber: B<nat> := B(P.DigitNumber())

  // Any white space, possibly none (never fails). Verbose: Whitespace.
  const WS: B<string> := B(P.WS())

  const Whitespace: B<string> := WS

  // The characters up to the first one in s (possibly none; never fails).
  function Except(s: string): B<string>
  {
    CharTest((c: char) => c !in s, "Not '" + s + "'").Rep()
  }

  // What a trace prints when a parser starts: `> [name] ` and a summary of the input.
  function DebugSummaryInput(name: string, input: string): string
  {
    P.DebugSummaryInput(name, input)
  }

  // Prints what a trace shows when a parser returns (StringParsers.PrintDebugSummaryOutput).
  method {:print} PrintDebugSummaryOutput<R>(name: string, input: string, result: ParseResult<R>)
  {
    P.PrintDebugSummaryOutput(name, input, result);
  }

  // A failure on input as a message: the line of each alternative's position with a caret
  // under its column, and the messages.
  function FailureToString<R>(input: string, result: ParseResult<R>): (s: string)
    requires result.IsFailure()
  {
    P.FailureToString(input, result)
  }

  // parser on the string input.
  function Apply<T>(parser: B<T>, input: string): ParseResult<T>
  {
    P.Apply(parser.apply, input)
  }

  // The characters an input shows.
  function InputToString(input: Input): string
  {
    P.A.View(input)
  }
}
