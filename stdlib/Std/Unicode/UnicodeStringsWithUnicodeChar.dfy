// Std.Unicode.UnicodeStringsWithUnicodeChar: Dafny strings (of Unicode scalar values, as with
// Dafny 4's default --unicode-char true) to and from UTF-8 and UTF-16: Dafny's module, a
// refinement of AbstractUnicodeStrings.
module Std.Unicode.UnicodeStringsWithUnicodeChar refines AbstractUnicodeStrings {
  import Base
  import Utf8EncodingForm
  import Utf16EncodingForm

  // An int in range is the value of its bv24, and a bv24 compares with the bounds of the scalar
  // values as its value does (ours: the steps of the two lemmas below, each a small problem of
  // its own).
  lemma LemmaBv24OfInt(i: int)
    requires 0 <= i < 0x100_0000
    ensures (i as bv24) as int == i
  {
  }

  lemma LemmaBv24Bounds(b: bv24)
    ensures (b <= 0x10_FFFF) == (b as int <= 0x10_FFFF)
    ensures (b < 0xD800) == (b as int < 0xD800)
    ensures (b > 0xDFFF) == (b as int > 0xDFFF)
  {
  }

  // A char's value is a scalar value: at most 0x10FFFF, and no surrogate.
  lemma CharIsUnicodeScalarValue(c: char)
    ensures
      && var asBits := c as int as bv24;
      && asBits <= 0x10_FFFF
      && (0 <= asBits < Base.HIGH_SURROGATE_MIN || Base.LOW_SURROGATE_MAX < asBits)
  {
    var asInt := c as int;
    LemmaBv24OfInt(asInt);
    var asBits := asInt as bv24;
    LemmaBv24Bounds(asBits);
  }

  // A scalar value is a char's value.
  lemma UnicodeScalarValueIsChar(sv: Base.ScalarValue)
    ensures
      && var asInt := sv as int;
      && (0 <= asInt < 0xD800 || 0xE000 <= asInt < 0x11_0000)
  {
    LemmaBv24Bounds(sv);
  }

  function CharAsUnicodeScalarValue(c: char): Base.ScalarValue {
    CharIsUnicodeScalarValue(c);
    c as int as Base.ScalarValue
  }

  function CharFromUnicodeScalarValue(sv: Base.ScalarValue): char {
    UnicodeScalarValueIsChar(sv);
    sv as int as char
  }

  // The scalar values of s (ours: Dafny writes Seq.Map(CharAsUnicodeScalarValue, s)).
  function ScalarValues(s: string): (vs: seq<Base.ScalarValue>)
    ensures |vs| == |s|
    decreases |s|
  {
    if s == [] then [] else [CharAsUnicodeScalarValue(s[0])] + ScalarValues(s[1..])
  } by method {
    vs := [];
    for i := 0 to |s|
      invariant vs == ScalarValues(s[..i])
    {
      LemmaScalarValuesAppend(s[..i], s[i]);
      assert s[..i + 1] == s[..i] + [s[i]];
      vs := vs + [CharAsUnicodeScalarValue(s[i])];
    }
    assert s[..|s|] == s;
  }

  // ScalarValues of one more element at the end (for ScalarValues's loop).
  lemma LemmaScalarValuesAppend(s: seq<char>, c: char)
    ensures ScalarValues(s + [c]) == ScalarValues(s) + [CharAsUnicodeScalarValue(c)]
  {
    if s != [] {
      assert (s + [c])[1..] == s[1..] + [c];
      LemmaScalarValuesAppend(s[1..], c);
    } else {
      assert s + [c] == [c];
    }
  }

  // The string of scalar values vs (ours: Dafny writes Seq.Map(CharFromUnicodeScalarValue, vs)).
  function Chars(vs: seq<Base.ScalarValue>): (s: string)
    ensures |s| == |vs|
    decreases |vs|
  {
    if vs == [] then [] else [CharFromUnicodeScalarValue(vs[0])] + Chars(vs[1..])
  } by method {
    s := [];
    for i := 0 to |vs|
      invariant s == Chars(vs[..i])
    {
      LemmaCharsAppend(vs[..i], vs[i]);
      assert vs[..i + 1] == vs[..i] + [vs[i]];
      s := s + [CharFromUnicodeScalarValue(vs[i])];
    }
    assert vs[..|vs|] == vs;
  }

  // Chars of one more element at the end (for Chars's loop).
  lemma LemmaCharsAppend(vs: seq<Base.ScalarValue>, v: Base.ScalarValue)
    ensures Chars(vs + [v]) == Chars(vs) + [CharFromUnicodeScalarValue(v)]
  {
    if vs != [] {
      assert (vs + [v])[1..] == vs[1..] + [v];
      LemmaCharsAppend(vs[1..], v);
    } else {
      assert vs + [v] == [v];
    }
  }

  // The bytes of UTF-8 code units, and back (ours: the conversions Dafny writes in
  // ToUTF8Checked and FromUTF8Checked).
  function Utf8Bytes(units: seq<Utf8EncodingForm.CodeUnit>): (bs: seq<uint8>)
    ensures |bs| == |units|
  {
    Seq.Map((cu: Utf8EncodingForm.CodeUnit) => cu as uint8, units)
  }

  function Utf8Units(bs: seq<uint8>): (units: seq<Utf8EncodingForm.CodeUnit>)
    ensures |units| == |bs|
  {
    Seq.Map((b: uint8) => b as Utf8EncodingForm.CodeUnit, bs)
  }

  // The UTF-8 encoding of s; always Some, since every char is a scalar value.
  function ToUTF8Checked(s: string): Option<seq<uint8>>
    ensures ToUTF8Checked(s).Some?
  {
    Some(Utf8Bytes(Utf8EncodingForm.EncodeScalarSequence(ScalarValues(s))))
  }

  // The string that bs encodes, or a message naming the first byte that is not well-formed.
  function FromUTF8Checked(bs: seq<uint8>): Result<string, string> {
    // `var vs :- ...; Success(Chars(vs))`, spelt out: dfyc does not verify `:-` yet.
    var vs := Utf8EncodingForm.DecodeCodeUnitSequenceChecked(Utf8Units(bs));
    if vs.Failure? then Failure(vs.error) else Success(Chars(vs.value))
  }

  // The 16-bit values of UTF-16 code units, and back (ours, as Utf8Bytes and Utf8Units).
  function Utf16Words(units: seq<Utf16EncodingForm.CodeUnit>): (ws: seq<uint16>)
    ensures |ws| == |units|
  {
    Seq.Map((cu: Utf16EncodingForm.CodeUnit) => cu as uint16, units)
  }

  function Utf16Units(ws: seq<uint16>): (units: seq<Utf16EncodingForm.CodeUnit>)
    ensures |units| == |ws|
  {
    Seq.Map((w: uint16) => w as Utf16EncodingForm.CodeUnit, ws)
  }

  // The UTF-16 encoding of s; always Some.
  function ToUTF16Checked(s: string): Option<seq<uint16>>
    ensures ToUTF16Checked(s).Some?
  {
    Some(Utf16Words(Utf16EncodingForm.EncodeScalarSequence(ScalarValues(s))))
  }

  // The string that bs encodes, or a message naming the first code unit that is not well-formed.
  function FromUTF16Checked(bs: seq<uint16>): Result<string, string> {
    var vs := Utf16EncodingForm.DecodeCodeUnitSequenceChecked(Utf16Units(bs));
    if vs.Failure? then Failure(vs.error) else Success(Chars(vs.value))
  }
}
