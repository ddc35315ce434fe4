// Std.Unicode.Utf16EncodingForm: UTF-16 (Unicode 15.1, section 3.9, D91), Dafny's module: it
// refines UnicodeEncodingForm, which gives the sequence-level part. A scalar value is encoded as
// one 16-bit code unit, or as a surrogate pair above 0xFFFF; decoding accepts exactly the
// well-formed sequences, and decoding what was encoded gives the scalar values back
// (LemmaDecodeEncodeScalarSequence). Code units are uint16, not bv16 (stdlib/README.md).
module Std.Unicode.Utf16EncodingForm refines UnicodeEncodingForm {
  import opened BoundedInts

  type CodeUnit = uint16

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

  function EncodeScalarValueSingleWord(v: ScalarValue): (m: CodeUnitSeq)
    requires v <= 0xFFFF
    ensures |m| == 1 && IsWellFormedSingleCodeUnitSequence(m)
  {
    [v as uint16]
  }

  // 110110ww wwxxxxxx 110111xx xxxxxxxx, with wwww = uuuuu - 1
  function EncodeScalarValueDoubleWord(v: ScalarValue): (m: CodeUnitSeq)
    requires 0x1_0000 <= v
    ensures |m| == 2 && IsWellFormedDoubleCodeUnitSequence(m)
  {
    var w := v - 0x1_0000;
    [(0xD800 + w / 0x400) as uint16, (0xDC00 + w % 0x400) as uint16]
  }

  function DecodeMinimalWellFormedCodeUnitSubsequence(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue) {
    if |m| == 1 then DecodeMinimalWellFormedCodeUnitSubsequenceSingleWord(m)
    else DecodeMinimalWellFormedCodeUnitSubsequenceDoubleWord(m)
  }

  function DecodeMinimalWellFormedCodeUnitSubsequenceSingleWord(m: CodeUnitSeq): (v: ScalarValue)
    requires |m| == 1 && IsWellFormedSingleCodeUnitSequence(m)
    ensures v <= 0xFFFF && EncodeScalarValueSingleWord(v) == m
  {
    m[0] as int
  }

  function DecodeMinimalWellFormedCodeUnitSubsequenceDoubleWord(m: CodeUnitSeq): (v: ScalarValue)
    requires |m| == 2 && IsWellFormedDoubleCodeUnitSequence(m)
    ensures 0x1_0000 <= v && EncodeScalarValueDoubleWord(v) == m
  {
    var hi := m[0] as int - 0xD800;
    var lo := m[1] as int - 0xDC00;
    var w := hi * 0x400 + lo;
    assert w / 0x400 == hi && w % 0x400 == lo;
    0x1_0000 + w
  }

  lemma LemmaDecodeEncodeScalarValue(v: ScalarValue)
    ensures DecodeMinimalWellFormedCodeUnitSubsequence(EncodeScalarValue(v)) == v
  {
    // Encoding is injective, and the decoded value encodes to the same.
    var w := DecodeMinimalWellFormedCodeUnitSubsequence(EncodeScalarValue(v));
    assert EncodeScalarValue(w) == EncodeScalarValue(v);
  }
}
