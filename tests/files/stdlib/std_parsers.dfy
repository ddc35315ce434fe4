// RUN: run --no-verify --standard-libraries true --show-snippets false
// Std.Parsers through --standard-libraries: StringBuilders (S, Int, Nat, WS, Except, Digit,
// DigitNumber, O, I_e, e_I, I_I, M, M2, Then, RepFold, RepSep, RepSepMerge, Rep, Rep1, ?, ??,
// End, Nothing, Rec, RecMap, Apply, InputToString, FailureToString) on comma-separated numbers,
// key=value lists and arithmetic expressions (with Rec and with RecMap), and StringParsers'
// function style (CharTest, OneOrMore, Map, String, Concat, ConcatKeepRight, Maybe, Int,
// RepSep, WS, OrSeq, Apply, FailureToString, ExtractLineCol). Expected output recorded from
// Dafny 4.11 (stdlib/tests/record.py: `dafny run --no-verify --standard-libraries true`, C#,
// Dafny's own library; `dafny run --standard-libraries true` verifies this file, 9 verified).
module ParsersExample {
  import opened Std.Parsers.StringBuilders
  import SP = Std.Parsers.StringParsers

  // "1, 2,3" and the like, with white space anywhere around the numbers.
  const Numbers: B<seq<int>> := WS.e_I(Int.I_e(WS).RepSep(S(",").I_e(WS))).End()

  // Sums and products of integers and parenthesized expressions, left to right.
  function Atom(expr: B<int>): B<int> {
    O([Int.I_e(WS), S("(").I_e(WS).e_I(expr).I_e(S(")")).I_e(WS)])
  }

  function Fold(atom: B<int>, ops: seq<string>, combine: (string, int, int) -> int): B<int> {
    atom.Then((first: int) =>
      O(Operators(ops)).I_e(WS).I_I(atom).RepFold(first, (acc: int, opAndValue: (string, int)) =>
        combine(opAndValue.0, acc, opAndValue.1)))
  }

  function Operators(ops: seq<string>): seq<B<string>> {
    if |ops| == 0 then [] else [S(ops[0])] + Operators(ops[1..])
  }

  function Combine(op: string, a: int, b: int): int {
    if op == "+" then a + b else if op == "-" then a - b else a * b
  }

  function Expr(): B<int> {
    Rec((expr: B<int>) => Fold(Fold(Atom(expr), ["*"], Combine), ["+", "-"], Combine))
  }

  // The same language with mutually recursive definitions by name.
  function ExprMap(): B<int> {
    RecMap(map[
      "sum" := RecMapDef(2, (r: RecMapSel<int>) => Fold(r("product"), ["+", "-"], Combine)),
      "product" := RecMapDef(1, (r: RecMapSel<int>) => Fold(r("atom"), ["*"], Combine)),
      "atom" := RecMapDef(0, (r: RecMapSel<int>) =>
        O([Int.I_e(WS), S("(").I_e(WS).e_I(r("sum")).I_e(S(")")).I_e(WS)]))
    ], "sum")
  }

  method Show<T>(name: string, p: B<T>, input: string) {
    var r := p.Apply(input);
    if r.IsFailure() {
      print name, " on \"", input, "\" fails:\n", FailureToString(input, r);
    } else {
      print name, " on \"", input, "\" = ", r.result, ", rest \"", InputToString(r.remaining), "\"\n";
    }
  }

  method Main() {
    Lists();
    KeyValues();
    Expressions();
    Choices();
    FunctionStyle();
  }

  method Lists() {
    Show("Numbers", Numbers, "1, 2,3 , -40");
    Show("Numbers", Numbers, "");
    Show("Numbers", Numbers, "7,");
    Show("Numbers", Numbers, "7 8");
    Show("Sum", WS.e_I(Nat.I_e(WS).RepSepMerge(S("+").I_e(WS), (a: nat, b: nat) => a + b)), " 1 + 2 +30");
    Show("Digits", Digit.Rep1(), "123abc");
    Show("Digits", DigitNumber.Rep(), "abc");
    Show("Digits", Digit.Rep1(), "abc");
  }

  method KeyValues() {

    var pair := Except("=;").I_e(S("=")).I_I(Except(";"));
    var pairs := pair.RepSep(S(";"));
    Show("Pairs", pairs, "a=1;bc=two;d=");
    Show("Pairs", pairs.End(), "a=1;b");
    Show("Pair", pair.M2(MId, (k: string, v: string) => v + k), "key=value");
  }

  method Expressions() {

    Show("Expr", Expr().End(), "1 + 2 * 3");
    Show("Expr", Expr().End(), "(1 + 2) * 3 - 4 * (5 - 6)");
    Show("Expr", Expr().End(), "2 * (3 + 4");
    Show("Expr", Expr().End(), "2 * (3 + 4) )");
    Show("ExprMap", ExprMap().End(), "10 - 2 - 3 * (1 + 1)");
    Show("ExprMap", ExprMap().End(), "1 +\n 2 * x");
  }

  method Choices() {

    var sign := S("-").?();
    Show("Option", sign.I_I(Nat), "-12");
    Show("Option", sign.I_I(Nat), "12");
    var arrow := S("-").I_I(S(">"));
    Show("Alternatives", O([arrow.M((x: (string, string)) => "arrow"), S("-").M((x: string) => "minus")]), "-x");
    Show("Alternatives", O([arrow.??().M((x: (string, string)) => "arrow"), S("-").M((x: string) => "minus")]), "-x");
    Show("End", Nat.End(), "12x");
    Show("Nothing", Nothing, "abc");
  }

  method FunctionStyle() {

    // The function style of StringParsers.
    var key := SP.Map(SP.OneOrMore(SP.CharTest((c: char) => 'a' <= c <= 'z', "letter")), (s: string) => s);
    var entry := SP.Concat(key, SP.ConcatKeepRight(SP.String(":"), SP.Maybe(SP.Int())));
    var entries := SP.RepSep(entry, SP.ConcatKeepRight(SP.String(","), SP.WS()));
    var r := SP.Apply(entries, "x:1, y:, zz:-3");
    if !r.IsFailure() {
      print "Entries = ", r.result, "\n";
    }
    var cell := SP.OrSeq([SP.String("O"), SP.String("X")]);
    var line := SP.Concat(cell, SP.ConcatKeepRight(SP.String("|"), cell));
    var input := "O|X\nX|?";
    var grid := SP.Concat(line, SP.ConcatKeepRight(SP.String("\n"), line));
    var g := SP.Apply(grid, input);
    if g.IsFailure() {
      print SP.FailureToString(input, g);
    }
    var loc := SP.ExtractLineCol("ab\r\ncd\nef", 6);
    print loc, "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: Numbers on "1, 2,3 , -40" = [1, 2, 3, -40], rest ""
// CHECK: Numbers on "" = [], rest ""
// CHECK: Numbers on "7," fails:
// CHECK: Error:
// CHECK: 1: 7,
// CHECK:      ^
// CHECK: expected a digit
// CHECK: Numbers on "7 8" fails:
// CHECK: Error:
// CHECK: 1: 7 8
// CHECK:      ^
// CHECK: expected end of string
// CHECK: Sum on " 1 + 2 +30" = 33, rest ""
// CHECK: Digits on "123abc" = ['1', '2', '3'], rest "abc"
// CHECK: Digits on "abc" = [], rest "abc"
// CHECK: Digits on "abc" fails:
// CHECK: Error:
// CHECK: 1: abc
// CHECK:    ^
// CHECK: expected a digit
// CHECK: Pairs on "a=1;bc=two;d=" = [(['a'], ['1']), (['b', 'c'], ['t', 'w', 'o']), (['d'], [])], rest ""
// CHECK: Pairs on "a=1;b" fails:
// CHECK: Error:
// CHECK: 1: a=1;b
// CHECK:         ^
// CHECK: expected '='
// CHECK: Pair on "key=value" = ['v', 'a', 'l', 'u', 'e', 'k', 'e', 'y'], rest ""
// CHECK: Expr on "1 + 2 * 3" = 7, rest ""
// CHECK: Expr on "(1 + 2) * 3 - 4 * (5 - 6)" = 13, rest ""
// CHECK: Expr on "2 * (3 + 4" fails:
// CHECK: Error:
// CHECK: 1: 2 * (3 + 4
// CHECK:              ^
// CHECK: expected ')'
// CHECK: Expr on "2 * (3 + 4) )" fails:
// CHECK: Error:
// CHECK: 1: 2 * (3 + 4) )
// CHECK:                ^
// CHECK: expected end of string
// CHECK: ExprMap on "10 - 2 - 3 * (1 + 1)" = 2, rest ""
// CHECK: ExprMap on "1 +
// CHECK:  2 * x" fails:
// CHECK: Error:
// CHECK: 2:  2 * x
// CHECK:         ^
// CHECK: expected a digit, or
// CHECK: expected '('
// CHECK: Option on "-12" = (Wrappers.Option.Some(['-']), 12), rest ""
// CHECK: Option on "12" = (Wrappers.Option.None, 12), rest ""
// CHECK: Alternatives on "-x" fails:
// CHECK: Error:
// CHECK: 1: -x
// CHECK:     ^
// CHECK: expected '>'
// CHECK: Alternatives on "-x" = ['m', 'i', 'n', 'u', 's'], rest "x"
// CHECK: End on "12x" fails:
// CHECK: Error:
// CHECK: 1: 12x
// CHECK:      ^
// CHECK: expected end of string
// CHECK: Nothing on "abc" = (), rest "abc"
// CHECK: Entries = [(['x'], Wrappers.Option.Some(1)), (['y'], Wrappers.Option.None), (['z', 'z'], Wrappers.Option.Some(-3))]
// CHECK: Error:
// CHECK: 2: X|?
// CHECK:      ^
// CHECK: expected 'O', or
// CHECK: expected 'X'
// CHECK: StringParsers.CodeLocation.CodeLocation(2, 2, "cd")
