// Std.Strings: conversions between numbers and decimal strings, with round-trip lemmas, and
// quote escaping. Public names as in Dafny's Std.Strings (OfNat, OfInt, ToNat, ToInt, OfBool,
// OfChar, EscapeQuotes, UnescapeQuotes, DecimalConversion.IsDigitChar/IsNumberStr).
module Std.Strings {
  import opened Wrappers
  import opened Arithmetic.Power
  import opened Arithmetic.Logarithm

  // Decimal digits. Dafny derives this module from a generic base-n conversion by refinement;
  // here it is written out for base 10, with the same names.
  module DecimalConversion {
    import opened Arithmetic.Power
    import opened Arithmetic.Logarithm

    type Char = char
    type String = seq<Char>

    const chars: String := "0123456789"
    const base: nat := 10

    function BASE(): nat {
      base
    }

    predicate IsDigitChar(c: Char) {
      '0' <= c <= '9'
    }

    // The digit d as a character.
    function DigitChar(d: nat): (c: Char)
      requires d < base
      ensures IsDigitChar(c)
    {
      ('0' as int + d) as char
    }

    // The value of a digit character.
    function DigitValue(c: Char): (d: nat)
      requires IsDigitChar(c)
      ensures d < base && DigitChar(d) == c
    {
      c as int - '0' as int
    }

    // n in decimal, most significant digit first, without leading zeros.
    function OfNat(n: nat): (str: String)
      ensures |str| == Log(base, n) + 1
      ensures forall c <- str :: IsDigitChar(c)
      decreases n
    {
      if n < base then [DigitChar(n)]
      else OfNat(n / base) + [DigitChar(n % base)]
    }

    // An optional sign (`minus`) followed by digits.
    predicate IsNumberStr(str: String, minus: Char) {
      str != [] ==>
        && (str[0] == minus || IsDigitChar(str[0]))
        && forall c <- str[1..] :: IsDigitChar(c)
    }

    function OfInt(n: int, minus: Char): (str: String)
      ensures IsNumberStr(str, minus)
    {
      if n >= 0 then OfNat(n)
      else [minus] + OfNat(-n)
    }

    // The value of a string of digits ("" is 0).
    function ToNat(str: String): (n: nat)
      requires forall c <- str :: IsDigitChar(c)
      decreases |str|
    {
      if str == [] then 0
      else
        var c := str[|str| - 1];
        assert c in str;
        ToNat(str[..|str| - 1]) * base + DigitValue(c)
    }

    lemma ToNatBound(str: String)
      requires forall c <- str :: IsDigitChar(c)
      ensures ToNat(str) < Pow(base, |str|)
      decreases |str|
    {
      if str != [] {
        var init := str[..|str| - 1];
        assert str[|str| - 1] in str;
        ToNatBound(init);
        assert ToNat(str) <= (Pow(base, |init|) - 1) * base + (base - 1);
      }
    }

    function ToInt(str: String, minus: Char): (s: int)
      requires str != [minus]
      requires IsNumberStr(str, minus)
    {
      if [minus] <= str then -(ToNat(str[1..]) as int)
      else
        assert str == [] || str == [str[0]] + str[1..];
        ToNat(str)
    }

    // Reading back what OfNat wrote gives the number.
    lemma LemmaToNatOfNat(n: nat)
      ensures ToNat(OfNat(n)) == n
      decreases n
    {
      if n >= base {
        var str := OfNat(n);
        assert str[..|str| - 1] == OfNat(n / base);
        LemmaToNatOfNat(n / base);
      }
    }

    // A string of digits whose first digit is not 0 (unless it is the only one) starts above 0.
    lemma LemmaToNatPositive(str: String)
      requires |str| > 0 && str[0] != '0'
      requires forall c <- str :: IsDigitChar(c)
      ensures ToNat(str) > 0
      decreases |str|
    {
      if |str| > 1 {
        var init := str[..|str| - 1];
        assert init[0] == str[0];
        assert forall c | c in init :: c in str;
        LemmaToNatPositive(init);
      }
    }

    // Writing the value of a canonical digit string gives the string back.
    lemma LemmaOfNatToNat(str: String)
      requires |str| > 0 && (|str| == 1 || str[0] != '0')
      requires forall c <- str :: IsDigitChar(c)
      ensures OfNat(ToNat(str)) == str
      decreases |str|
    {
      var n := ToNat(str);
      var init := str[..|str| - 1];
      var last := str[|str| - 1];
      assert last in str;
      if |str| > 1 {
        assert init[0] == str[0];
        assert forall c | c in init :: c in str;
        LemmaToNatPositive(init);
        var q, r := ToNat(init), DigitValue(last);
        assert n == q * base + r;
        assert n / base == q && n % base == r;
        LemmaOfNatToNat(init);
        assert OfNat(n) == OfNat(q) + [DigitChar(r)];
        assert str == init + [last];
      }
    }

    lemma LemmaToIntOfInt(n: int, minus: Char)
      requires !IsDigitChar(minus)
      ensures OfInt(n, minus) != [minus]
      ensures ToInt(OfInt(n, minus), minus) == n
    {
      var str := OfInt(n, minus);
      if n >= 0 {
        LemmaToNatOfNat(n);
        assert str[0] != minus;
      } else {
        LemmaToNatOfNat(-n);
        assert str[1..] == OfNat(-n);
      }
    }
  }

  // Escaping and unescaping with an escape character.
  module CharStrEscaping {
    import opened Wrappers

    type Char = char
    type String = seq<Char>

    // str with `escape` put before each character in mustEscape.
    function Escape(str: String, mustEscape: set<Char>, escape: Char): String
      decreases |str|
    {
      if str == [] then str
      else if str[0] in mustEscape then [escape, str[0]] + Escape(str[1..], mustEscape, escape)
      else [str[0]] + Escape(str[1..], mustEscape, escape)
    }

    // str with each escape character dropped (the one after it kept); None if str ends in one.
    function Unescape(str: String, escape: Char): Option<String>
      decreases |str|
    {
      if str == [] then Some(str)
      else if str[0] == escape then
        if |str| > 1 then
          // As `var tl :- Unescape(...); Some(...)`, spelt out: dfyc does not compile `:-` yet.
          var tl := Unescape(str[2..], escape);
          if tl.None? then None else Some([str[1]] + tl.value)
        else None
      else
        var tl := Unescape(str[1..], escape);
        if tl.None? then None else Some([str[0]] + tl.value)
    }

    // Dafny requires `escape in special`; a string without the escape character also comes back.
    lemma Unescape_Escape(str: String, special: set<Char>, escape: Char)
      requires escape in special || escape !in str
      ensures Unescape(Escape(str, special, escape), escape) == Some(str)
      decreases |str|
    {
      if str != [] {
        assert escape !in str ==> escape !in str[1..] by {
          assert forall c <- str[1..] :: c in str;
        }
        Unescape_Escape(str[1..], special, escape);
        var e := Escape(str, special, escape);
        var rest := Escape(str[1..], special, escape);
        if str[0] in special {
          assert e == [escape, str[0]] + rest;
          assert e[2..] == rest;
        } else {
          assert str[0] != escape by {
            assert str[0] in str;
          }
          assert e == [str[0]] + rest;
          assert e[1..] == rest;
        }
        assert str == [str[0]] + str[1..];
      }
    }
  }

  // n in decimal.
  function OfNat(n: nat): (str: string)
    ensures |str| == Log(DecimalConversion.base, n) + 1
    ensures forall c <- str :: DecimalConversion.IsDigitChar(c)
  {
    DecimalConversion.OfNat(n)
  }

  // n in decimal, with a '-' when negative.
  function OfInt(n: int): (str: string)
    ensures DecimalConversion.IsNumberStr(str, '-')
  {
    DecimalConversion.OfInt(n, '-')
  }

  // The value of a string of decimal digits.
  function ToNat(str: string): (n: nat)
    requires forall c <- str :: DecimalConversion.IsDigitChar(c)
    ensures n < Pow(10, |str|)
  {
    DecimalConversion.ToNatBound(str);
    DecimalConversion.ToNat(str)
  }

  // The value of a decimal string with an optional leading '-'.
  function ToInt(str: string): (n: int)
    requires str != "-"
    requires DecimalConversion.IsNumberStr(str, '-')
  {
    DecimalConversion.ToInt(str, '-')
  }

  lemma LemmaToNatOfNat(n: nat)
    ensures ToNat(OfNat(n)) == n
  {
    DecimalConversion.LemmaToNatOfNat(n);
  }

  lemma LemmaOfNatToNat(str: string)
    requires |str| > 0 && (|str| == 1 || str[0] != '0')
    requires forall c <- str :: DecimalConversion.IsDigitChar(c)
    ensures OfNat(ToNat(str)) == str
  {
    DecimalConversion.LemmaOfNatToNat(str);
  }

  lemma LemmaToIntOfInt(n: int)
    ensures OfInt(n) != "-"
    ensures ToInt(OfInt(n)) == n
  {
    DecimalConversion.LemmaToIntOfInt(n, '-');
  }

  // str with a backslash before each quote (single or double).
  function EscapeQuotes(str: string): string {
    CharStrEscaping.Escape(str, {'\"', '\''}, '\\')
  }

  function UnescapeQuotes(str: string): Option<string> {
    CharStrEscaping.Unescape(str, '\\')
  }

  // Quotes only are escaped: a string with backslashes in it may not come back.
  lemma LemmaUnescapeQuotesEscapeQuotes(str: string)
    requires '\\' !in str
    ensures UnescapeQuotes(EscapeQuotes(str)) == Some(str)
  {
    CharStrEscaping.Unescape_Escape(str, {'\"', '\''}, '\\');
  }

  function OfBool(b: bool): string {
    if b then "true" else "false"
  }

  function OfChar(c: char): string {
    [c]
  }
}
