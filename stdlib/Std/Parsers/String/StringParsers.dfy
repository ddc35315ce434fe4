// Std.Parsers.InputString and Std.Parsers.StringParsers: Std.Parsers.Core for strings, with
// Dafny 4.11's declarations and contracts (our own definitions and proofs; stdlib/README.md).

// A string input is a window onto the original string (Seq.Slice), so that dropping what was
// parsed copies nothing.
module Std.Parsers.InputString refines AbstractInput {
  import Collections.Seq

  type Input = x: Seq.Slice<char> | x.Valid() witness *
  type C = char

  function ToInput(r: seq<C>): (i: Input)
    ensures View(i) == r
  {
    Seq.Slice(r, 0, |r|)
  }

  function View(self: Input): (r: seq<C>)
    ensures |View(self)| == Length(self)
  {
    self.View()
  }

  function Length(self: Input): nat
  {
    self.Length()
  }

  function CharAt(self: Input, i: int): C
    ensures CharAt(self, i) == View(self)[i]
  {
    self.At(i)
  }

  function Drop(self: Input, start: int): Input
    ensures View(self)[start..] == View(Drop(self, start))
  {
    self.Drop(start)
  }

  function Slice(self: Input, start: int, end: int): Input
    ensures View(Slice(self, start, end)) == View(self)[start..end]
  {
    self.Sub(start, end)
  }

  lemma AboutDrop(self: Input, a: int, b: int)
    ensures Drop(self, a + b) == Drop(Drop(self, a), b)
  {
  }

  // Equal inputs show the same characters.
  predicate Equals(self: Input, other: Input)
    ensures Equals(self, other) ==> View(self) == View(other)
  {
    self == other
  }
}

module Std.Parsers.StringParsers refines Core {
  import Collections.Seq

  export StringParsers reveals *
  export Export extends Core
    provides
      CodeLocation,
      Char,
      Digit,
      DigitNumber,
      Nat,
      Int,
      String,
      ExtractLineCol,
      Wrappers,
      Space,
      WS,
      Apply
    reveals C

  import A = InputString

  // ------------------------------------------------------------------------------------
  // Parsers of characters, numbers and words
  // ------------------------------------------------------------------------------------

  // The character expectedChar.
  opaque function Char(expectedChar: char): (p: Parser<char>)
  {
    CharTest((c: char) => c == expectedChar, [expectedChar])
  }

  // One white-space character: space, tab, carriage return, newline, and the Unicode spaces
  // U+00A0, U+1680, U+2000 to U+200A, U+202F, U+205F and U+3000.
  opaque function Space(): (p: Parser<char>)
  {
    CharTest(c => c in " \t\r\n\U{a0}\U{1680}\U{2000}\U{2001}\U{2002}\U{2003}\U{2004}\U{2005}\U{2006}\U{2007}\U{2008}\U{2009}\U{200a}\U{202f}\U{205f}\U{3000}", "space")
  }

  // Any white space, possibly none.
  opaque function WS(): (p: Parser<string>)
  {
    ZeroOrMore(Space())
  }

  // One decimal digit, as a character.
  opaque function Digit(): (p: Parser<char>)
  {
    CharTest(c => '0' <= c <= '9', "digit")
  }

  // One decimal digit, as its value.
  opaque function DigitNumber(): (p: Parser<nat>)
  {
    Map(Digit(), (c: char) =>
      var value := DigitToInt(c);
      var n: nat := if value < 0 then 0 else value;
      n)
  }

  // A natural number in decimal, at least one digit.
  opaque function Nat(): (p: Parser<nat>)
  {
    Bind(DigitNumber(), (first: nat) =>
      Rep(DigitNumber(), (sofar: nat, digit: nat) => var n: nat := 10 * sofar + digit; n, first))
  }

  // An integer in decimal, with an optional minus sign.
  opaque function Int(): (p: Parser<int>)
  {
    Bind(Maybe(Char('-')), (sign: Option<char>) =>
      Map<nat, int>(Nat(), (n: nat) => if sign.None? then n else 0 - n))
  }

  // The word expected, where the input starts with it; a recoverable failure that consumed
  // nothing otherwise.
  opaque function String(expected: string): (p: Parser<string>)
  {
    (input: Input) =>
      if |expected| <= A.Length(input) && A.Slice(input, 0, |expected|).View() == expected then
        ParseSuccess(expected, A.Drop(input, |expected|))
      else
        ParseFailure(Recoverable, FailureData("expected '" + expected + "'", input, None))
  }

  // ------------------------------------------------------------------------------------
  // Messages: where a failure is, as a line and a column
  // ------------------------------------------------------------------------------------

  datatype CodeLocation = CodeLocation(lineNumber: nat, colNumber: nat, lineStr: string)

  // The variables of ExtractLineCol's loops.
  datatype ExtractLineMutableState = ExtractLineMutableState(input: string, pos: nat, startLinePos: nat, i: nat, lineNumber: nat, colNumber: nat)

  // ExtractLineCol's first loop: up to pos, counting lines ("\r\n", "\r" and "\n" each end
  // one) and the columns of the current line.
  opaque ghost function ExtractLineColSpecAux(vars: ExtractLineMutableState): (res: ExtractLineMutableState)
    requires 0 <= vars.startLinePos <= vars.i <= |vars.input|
    decreases |vars.input| - vars.i
    ensures 0 <= res.startLinePos <= res.i <= |res.input|
    ensures !(res.i < |res.input| && res.i != res.pos)
  {
    if vars.i >= |vars.input| || vars.i == vars.pos then vars
    else if vars.input[vars.i] == '\r' && vars.i + 1 < |vars.input| && vars.input[vars.i + 1] == '\n' then
      ExtractLineColSpecAux(vars.(startLinePos := vars.i + 2, i := vars.i + 2, lineNumber := vars.lineNumber + 1, colNumber := 0))
    else if vars.input[vars.i] == '\r' || vars.input[vars.i] == '\n' then
      ExtractLineColSpecAux(vars.(startLinePos := vars.i + 1, i := vars.i + 1, lineNumber := vars.lineNumber + 1, colNumber := 0))
    else
      ExtractLineColSpecAux(vars.(i := vars.i + 1, colNumber := vars.colNumber + 1))
  }

  // ExtractLineCol's second loop: on to the end of the line.
  opaque ghost function ExtractLineColSpecAux2(vars: ExtractLineMutableState): (res: ExtractLineMutableState)
    requires 0 <= vars.startLinePos <= vars.i <= |vars.input|
    ensures 0 <= res.startLinePos <= res.i <= |res.input|
    decreases |vars.input| - vars.i
    ensures !(res.i < |res.input| && res.input[res.i] !in "\r\n")
  {
    if vars.i < |vars.input| && vars.input[vars.i] != '\r' && vars.input[vars.i] != '\n' then
      ExtractLineColSpecAux2(vars.(i := vars.i + 1))
    else
      vars
  }

  opaque ghost function ToCodeLocation(vars: ExtractLineMutableState): CodeLocation
    requires 0 <= vars.startLinePos <= vars.i <= |vars.input|
  {
    CodeLocation(vars.lineNumber, vars.colNumber, vars.input[vars.startLinePos..vars.i])
  }

  // The line (from 1), the column (from 0) and the text of the line of position pos of input.
  @IsolateAssertions
  opaque function ExtractLineCol(input: string, pos: nat): (output: CodeLocation)
  {
    ToCodeLocation(ExtractLineColSpecAux2(ExtractLineColSpecAux(ExtractLineMutableState(input, pos, 0, 0, 1, 0))))
  } by method {
    reveal ExtractLineCol();
    var s := ExtractLineMutableState(input, pos, 0, 0, 1, 0);
    ghost var goal := ExtractLineColSpecAux(s);
    while s.i < |input| && s.i != pos
      invariant s.input == input && s.pos == pos
      invariant 0 <= s.startLinePos <= s.i <= |input|
      invariant ExtractLineColSpecAux(s) == goal
      decreases |input| - s.i
    {
      reveal ExtractLineColSpecAux();
      if input[s.i] == '\r' && s.i + 1 < |input| && input[s.i + 1] == '\n' {
        s := s.(startLinePos := s.i + 2, i := s.i + 2, lineNumber := s.lineNumber + 1, colNumber := 0);
      } else if input[s.i] == '\r' || input[s.i] == '\n' {
        s := s.(startLinePos := s.i + 1, i := s.i + 1, lineNumber := s.lineNumber + 1, colNumber := 0);
      } else {
        s := s.(i := s.i + 1, colNumber := s.colNumber + 1);
      }
    }
    assert ExtractLineColSpecAux(s) == s by {
      reveal ExtractLineColSpecAux();
    }
    ghost var goal2 := ExtractLineColSpecAux2(s);
    while s.i < |input| && input[s.i] != '\r' && input[s.i] != '\n'
      invariant s.input == input
      invariant 0 <= s.startLinePos <= s.i <= |input|
      invariant ExtractLineColSpecAux2(s) == goal2
      decreases |input| - s.i
    {
      reveal ExtractLineColSpecAux2();
      s := s.(i := s.i + 1);
    }
    assert ExtractLineColSpecAux2(s) == s by {
      reveal ExtractLineColSpecAux2();
    }
    reveal ToCodeLocation();
    output := CodeLocation(s.lineNumber, s.colNumber, input[s.startLinePos..s.i]);
  }

  // The first character of input (escaped when a line break or tab) and how many follow, for
  // the debugging traces.
  function DebugSummary(input: string): string
  {
    var summary :=
      if input == [] then "'' (end of string)"
      else
        var first :=
          if input[0] == '\n' then "\\n"
          else if input[0] == '\r' then "\\r"
          else if input[0] == '\t' then "\\t"
          else [input[0]];
        var more :=
          if |input| == 1 then "' and end of string"
          else "' and " + Strings.OfInt(|input| - 1) + " char" + (if |input| == 2 then "" else "s") + " remaining";
        "'" + first + more;
    summary + "\n"
  }

  function DebugNameSummary(name: string, input: string): string
  {
    "[" + name + "] " + DebugSummary(input)
  }

  // What a trace prints when a parser starts.
  function DebugSummaryInput(name: string, input: string): string
  {
    "> " + DebugNameSummary(name, input)
  }

  @Print
  method PrintDebugSummaryInput(name: string, input: string)
  {
    print DebugSummaryInput(name, input);
  }

  // input with indent after each newline.
  function NewIndent(input: string, indent: string): string
  {
    if input == [] then ""
    else if input[0] == '\n' then "\n" + indent + NewIndent(input[1..], indent)
    else [input[0]] + NewIndent(input[1..], indent)
  }

  // Prints what a trace shows when a parser returns: its name and input, then on success the
  // value and what is left; on failure what is left, "Was committed" when the parser consumed
  // input, and the failure as FailureToString gives it.
  @Print
  method PrintDebugSummaryOutput<R>(name: string, input: string, result: ParseResult<R>)
  {
    print "< ", DebugNameSummary(name, input);
    var rest := A.View(result.Remaining());
    if result.ParseSuccess? {
      print "| Success: ", result.result, ", ", DebugSummary(rest), "\n";
      return;
    }
    print "| Unparsed: ", DebugSummary(rest);
    if |rest| < |input| {
      print "| Was committed\n";
    }
    print "| " + NewIndent(FailureToString(input, result), "| "), "\n";
  }

  // A failure as a message: for each of its alternatives, the line it is at with a caret
  // under its column (once per position: printPos is the position printed last), then its
  // message; the alternatives joined by ", or".
  opaque function FailureToString<R>(input: string, result: ParseResult<R>, printPos: int := -1): (failure: string)
    requires result.ParseFailure?
    decreases result.data
  {
    var header :=
      if printPos != -1 then ""
      else if result.level == Fatal then "Fatal error:\n"
      else "Error:\n";
    var offset := |input| - A.Length(result.data.remaining);
    var pos := if offset < 0 then 0 else offset;
    var location :=
      if pos == printPos then ""
      else
        var where := ExtractLineCol(input, pos);
        var line := Strings.OfInt(where.lineNumber);
        line + ": " + where.lineStr + "\n" + Seq.Repeat(' ', where.colNumber + 2 + |line|) + "^\n";
    var here := header + location + result.data.message;
    match result.data.next
    case None => here + "\n"
    case Some(other) =>
      here + ", or\n" + FailureToString<R>(input, ParseFailure(result.level, other), pos)
  }

  // parser on the string input.
  function Apply<T>(parser: Parser<T>, input: string): ParseResult<T>
  {
    parser(ToInput(input))
  }

  // The whole of input, for parsing.
  function ToInput(input: string): Input
  {
    A.Seq.Slice(input, 0, |input|)
  }
}
