// Std.Unicode.Utf16EncodingForm: UTF-16 (Unicode 15.1, section 3.9, D91), Dafny's module: it
// refines UnicodeEncodingForm, which gives the sequence-level part. A scalar value is encoded as
// one 16-bit code unit, or as a surrogate pair above 0xFFFF; decoding accepts exactly the
// well-formed sequences. Code units are 16-bit bit-vectors, bv16, as in Dafny's.
module Std.Unicode.Utf16EncodingForm refines UnicodeEncodingForm {
  type CodeUnit = bv16

  //
  // Well-formedness.
  //

  predicate IsWellFormedSingleCodeUnitSequence(s: CodeUnitSeq)
    requires |s| == 1
  {
    s[0] < 0xD800 || 0xDFFF < s[0]
  }

  predicate IsWellFormedDoubleCodeUnitSequence(s: CodeUnitSeq)
    requires |s| == 2
    ensures IsWellFormedDoubleCodeUnitSequence(s) ==> !IsWellFormedSingleCodeUnitSequence(s[..1])
  {
    && 0xD800 <= s[0] <= 0xDBFF
    && 0xDC00 <= s[1] <= 0xDFFF
  }

  // The encoding of exactly one scalar value: a surrogate pair's first unit alone is none.
  function IsMinimalWellFormedCodeUnitSubsequence(s: CodeUnitSeq): (b: bool) {
    if |s| == 1 then IsWellFormedSingleCodeUnitSequence(s)
    else if |s| == 2 then
      var b := IsWellFormedDoubleCodeUnitSequence(s);
      assert b ==> !IsMinimalWellFormedCodeUnitSubsequence(s[..1]);
      b
    else false
  }

  function SplitPrefixMinimalWellFormedCodeUnitSubsequence(s: CodeUnitSeq): (maybePrefix: Option<MinimalWellFormedCodeUnitSeq>) {
    if |s| >= 1 && IsWellFormedSingleCodeUnitSequence(s[..1]) then Some(s[..1])
    else if |s| >= 2 && IsWellFormedDoubleCodeUnitSequence(s[..2]) then Some(s[..2])
    else None
  }

  //
  // Encoding and decoding of one scalar value.
  //

  function EncodeScalarValue(v: ScalarValue): (m: MinimalWellFormedCodeUnitSeq) {
    if v <= 0xFFFF then EncodeScalarValueSingleWord(v) else EncodeScalarValueDoubleWord(v)
  }

  function EncodeScalarValueSingleWord(v: ScalarValue): (m: MinimalWellFormedCodeUnitSeq)
    requires v <= 0xFFFF
    ensures |m| == 1
    ensures IsWellFormedSingleCodeUnitSequence(m)
  {
    [v as CodeUnit]
  }

  // 110110ww wwxxxxxx 110111xx xxxxxxxx, with wwwwxxxxxxxxxxxxxxxx = v - 0x10000
  function EncodeScalarValueDoubleWord(v: ScalarValue): (m: MinimalWellFormedCodeUnitSeq)
    requires 0x10000 <= v <= 0x10FFFF
    ensures |m| == 2
    ensures IsWellFormedDoubleCodeUnitSequence(m)
  {
    var w := v - 0x10000;
    [(0xD800 | (w >> 10)) as CodeUnit, (0xDC00 | (w & 0x3FF)) as CodeUnit]
  }

  function DecodeMinimalWellFormedCodeUnitSubsequence(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue) {
    if |m| == 1 then DecodeMinimalWellFormedCodeUnitSubsequenceSingleWord(m)
    else DecodeMinimalWellFormedCodeUnitSubsequenceDoubleWord(m)
  }

  function DecodeMinimalWellFormedCodeUnitSubsequenceSingleWord(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue)
    requires |m| == 1
    ensures v <= 0xFFFF
    ensures EncodeScalarValueSingleWord(v) == m
  {
    m[0] as bv24
  }

  function DecodeMinimalWellFormedCodeUnitSubsequenceDoubleWord(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue)
    requires |m| == 2
    ensures 0x10000 <= v <= 0x10FFFF
    ensures EncodeScalarValueDoubleWord(v) == m
  {
    var hi := (m[0] & 0x3FF) as bv24;
    var lo := (m[1] & 0x3FF) as bv24;
    LemmaDoubleWordBits(m[0], m[1]);
    0x10000 + ((hi << 10) | lo)
  }

  // The bits of the decoder, on the two code units alone: the encoder gives them back. (Quick
  // for Z3; asked of the sequences, beside the encoder's definition and the well-formedness
  // predicate, the same facts take it close to 30 s.)
  lemma LemmaDoubleWordBits(a: bv16, b: bv16)
    requires 0xD800 <= a <= 0xDBFF && 0xDC00 <= b <= 0xDFFF
    ensures var v := 0x10000 + ((((a & 0x3FF) as bv24) << 10) | ((b & 0x3FF) as bv24));
      && 0x10000 <= v <= 0x10FFFF
      && (0xD800 | ((v - 0x10000) >> 10)) as bv16 == a
      && (0xDC00 | ((v - 0x10000) & 0x3FF)) as bv16 == b
  {}
}
