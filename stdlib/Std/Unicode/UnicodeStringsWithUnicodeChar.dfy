// Std.Unicode.UnicodeStringsWithUnicodeChar: Dafny strings (of Unicode scalar values, as with
// Dafny 4's default --unicode-char true) to and from UTF-8 and UTF-16: Dafny's module, a
// refinement of AbstractUnicodeStrings.
module Std.Unicode.UnicodeStringsWithUnicodeChar refines AbstractUnicodeStrings {
  import Base
  import Utf8EncodingForm
  import Utf16EncodingForm

  // A char's value is a scalar value: at most 0x10FFFF, and no surrogate.
  lemma CharIsUnicodeScalarValue(c: char)
    ensures
      && var asInt := c as int;
      && asInt <= 0x10_FFFF
      && (0 <= asInt < Base.HIGH_SURROGATE_MIN || Base.LOW_SURROGATE_MAX < asInt)
  {
  }

  // A scalar value is a char's value.
  lemma UnicodeScalarValueIsChar(sv: Base.ScalarValue)
    ensures
      && var asInt := sv as int;
      && (0 <= asInt < 0xD800 || 0xE000 <= asInt < 0x11_0000)
  {
  }

  function CharAsUnicodeScalarValue(c: char): Base.ScalarValue {
    CharIsUnicodeScalarValue(c);
    c as int
  }

  function CharFromUnicodeScalarValue(sv: Base.ScalarValue): char {
    UnicodeScalarValueIsChar(sv);
    sv as char
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

  lemma LemmaCharsScalarValues(s: string)
    ensures Chars(ScalarValues(s)) == s
    decreases |s|
  {
    if s != [] {
      LemmaCharsScalarValues(s[1..]);
    }
  }

  // The UTF-8 encoding of s; always Some, since every char is a scalar value.
  function ToUTF8Checked(s: string): Option<seq<uint8>>
    ensures ToUTF8Checked(s).Some?
  {
    Some(Utf8EncodingForm.EncodeScalarSequence(ScalarValues(s)))
  }

  // The string that bs encodes, or a message naming the first byte that is not well-formed.
  function FromUTF8Checked(bs: seq<uint8>): Result<string, string> {
    // `var vs :- ...; Success(Chars(vs))`, spelt out: dfyc does not verify `:-` yet.
    var vs := Utf8EncodingForm.DecodeCodeUnitSequenceChecked(bs);
    if vs.Failure? then Failure(vs.error) else Success(Chars(vs.value))
  }

  // Decoding the encoding of a string gives the string.
  lemma LemmaFromUTF8CheckedToUTF8Checked(s: string)
    ensures FromUTF8Checked(ToUTF8Checked(s).value) == Success(s)
  {
    var vs := ScalarValues(s);
    forall v | v in vs
      ensures Utf8EncodingForm.DecodeMinimalWellFormedCodeUnitSubsequence(Utf8EncodingForm.EncodeScalarValue(v)) == v
    {
      Utf8EncodingForm.LemmaDecodeEncodeScalarValue(v);
    }
    Utf8EncodingForm.LemmaDecodeEncodeScalarSequence(vs);
    LemmaCharsScalarValues(s);
  }

  // The UTF-16 encoding of s; always Some.
  function ToUTF16Checked(s: string): Option<seq<uint16>>
    ensures ToUTF16Checked(s).Some?
  {
    Some(Utf16EncodingForm.EncodeScalarSequence(ScalarValues(s)))
  }

  // The string that bs encodes, or a message naming the first code unit that is not well-formed.
  function FromUTF16Checked(bs: seq<uint16>): Result<string, string> {
    var vs := Utf16EncodingForm.DecodeCodeUnitSequenceChecked(bs);
    if vs.Failure? then Failure(vs.error) else Success(Chars(vs.value))
  }

  lemma LemmaFromUTF16CheckedToUTF16Checked(s: string)
    ensures FromUTF16Checked(ToUTF16Checked(s).value) == Success(s)
  {
    var vs := ScalarValues(s);
    forall v | v in vs
      ensures Utf16EncodingForm.DecodeMinimalWellFormedCodeUnitSubsequence(Utf16EncodingForm.EncodeScalarValue(v)) == v
    {
      Utf16EncodingForm.LemmaDecodeEncodeScalarValue(v);
    }
    Utf16EncodingForm.LemmaDecodeEncodeScalarSequence(vs);
    LemmaCharsScalarValues(s);
  }
}
