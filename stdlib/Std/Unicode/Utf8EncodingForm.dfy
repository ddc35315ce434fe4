// Std.Unicode.Utf8EncodingForm: UTF-8 (Unicode 15.1, tables 3-6 and 3-7), Dafny's module: it
// refines UnicodeEncodingForm, which gives the sequence-level part. A scalar value is encoded as
// one to four bytes; decoding accepts exactly the well-formed byte sequences, and decoding what
// was encoded gives the scalar values back (LemmaDecodeEncodeScalarSequence). Code units are
// uint8, not bv8 (stdlib/README.md).
module Std.Unicode.Utf8EncodingForm refines UnicodeEncodingForm {
  import opened BoundedInts
  import opened Arithmetic.DivMod

  type CodeUnit = uint8

  //
  // Well-formedness (table 3-7).
  //

  predicate IsWellFormedSingleCodeUnitSequence(s: CodeUnitSeq)
    requires |s| == 1
  {
    s[0] <= 0x7F
  }

  predicate IsWellFormedDoubleCodeUnitSequence(s: CodeUnitSeq)
    requires |s| == 2
  {
    && 0xC2 <= s[0] <= 0xDF
    && 0x80 <= s[1] <= 0xBF
  }

  predicate IsWellFormedTripleCodeUnitSequence(s: CodeUnitSeq)
    requires |s| == 3
  {
    && (
         || (s[0] == 0xE0 && 0xA0 <= s[1] <= 0xBF)
         || (0xE1 <= s[0] <= 0xEC && 0x80 <= s[1] <= 0xBF)
         || (s[0] == 0xED && 0x80 <= s[1] <= 0x9F)
         || (0xEE <= s[0] <= 0xEF && 0x80 <= s[1] <= 0xBF)
       )
    && 0x80 <= s[2] <= 0xBF
  }

  predicate IsWellFormedQuadrupleCodeUnitSequence(s: CodeUnitSeq)
    requires |s| == 4
  {
    && (
         || (s[0] == 0xF0 && 0x90 <= s[1] <= 0xBF)
         || (0xF1 <= s[0] <= 0xF3 && 0x80 <= s[1] <= 0xBF)
         || (s[0] == 0xF4 && 0x80 <= s[1] <= 0x8F)
       )
    && 0x80 <= s[2] <= 0xBF
    && 0x80 <= s[3] <= 0xBF
  }

  // The encoding of exactly one scalar value: no proper prefix of it is one (a lead byte says
  // how many bytes follow).
  function IsMinimalWellFormedCodeUnitSubsequence(s: CodeUnitSeq): (b: bool) {
    if |s| == 1 then IsWellFormedSingleCodeUnitSequence(s)
    else if |s| == 2 then
      var b := IsWellFormedDoubleCodeUnitSequence(s);
      // A proper prefix starts with the same lead byte, which says it is too short.
      assert b ==> !IsMinimalWellFormedCodeUnitSubsequence(s[..1]);
      b
    else if |s| == 3 then
      var b := IsWellFormedTripleCodeUnitSequence(s);
      assert b ==> !IsMinimalWellFormedCodeUnitSubsequence(s[..1]) && !IsMinimalWellFormedCodeUnitSubsequence(s[..2]);
      b
    else if |s| == 4 then
      var b := IsWellFormedQuadrupleCodeUnitSequence(s);
      assert b ==> (
          && !IsMinimalWellFormedCodeUnitSubsequence(s[..1])
          && !IsMinimalWellFormedCodeUnitSubsequence(s[..2])
          && !IsMinimalWellFormedCodeUnitSubsequence(s[..3]));
      b
    else false
  }

  function SplitPrefixMinimalWellFormedCodeUnitSubsequence(s: CodeUnitSeq): (maybePrefix: Option<MinimalWellFormedCodeUnitSeq>) {
    if |s| >= 1 && IsWellFormedSingleCodeUnitSequence(s[..1]) then Some(s[..1])
    else if |s| >= 2 && IsWellFormedDoubleCodeUnitSequence(s[..2]) then Some(s[..2])
    else if |s| >= 3 && IsWellFormedTripleCodeUnitSequence(s[..3]) then Some(s[..3])
    else if |s| >= 4 && IsWellFormedQuadrupleCodeUnitSequence(s[..4]) then Some(s[..4])
    else None
  }

  //
  // Encoding and decoding of one scalar value (table 3-6).
  //

  function EncodeScalarValue(v: ScalarValue): (m: MinimalWellFormedCodeUnitSeq) {
    if v <= 0x7F then EncodeScalarValueSingleByte(v)
    else if v <= 0x7FF then EncodeScalarValueDoubleByte(v)
    else if v <= 0xFFFF then EncodeScalarValueTripleByte(v)
    else EncodeScalarValueQuadrupleByte(v)
  }

  // 0xxxxxxx
  function EncodeScalarValueSingleByte(v: ScalarValue): (m: CodeUnitSeq)
    requires v <= 0x7F
    ensures |m| == 1 && IsWellFormedSingleCodeUnitSequence(m)
  {
    [v as uint8]
  }

  // 110yyyyy 10xxxxxx
  function EncodeScalarValueDoubleByte(v: ScalarValue): (m: CodeUnitSeq)
    requires 0x80 <= v <= 0x7FF
    ensures |m| == 2 && IsWellFormedDoubleCodeUnitSequence(m)
  {
    [(0xC0 + v / 0x40) as uint8, (0x80 + v % 0x40) as uint8]
  }

  // 1110zzzz 10yyyyyy 10xxxxxx
  function EncodeScalarValueTripleByte(v: ScalarValue): (m: CodeUnitSeq)
    requires 0x800 <= v <= 0xFFFF
    ensures |m| == 3 && IsWellFormedTripleCodeUnitSequence(m)
  {
    [(0xE0 + v / 0x1000) as uint8, (0x80 + v / 0x40 % 0x40) as uint8, (0x80 + v % 0x40) as uint8]
  }

  // 11110uuu 10uuzzzz 10yyyyyy 10xxxxxx
  function EncodeScalarValueQuadrupleByte(v: ScalarValue): (m: CodeUnitSeq)
    requires 0x1_0000 <= v
    ensures |m| == 4 && IsWellFormedQuadrupleCodeUnitSequence(m)
  {
    [(0xF0 + v / 0x4_0000) as uint8, (0x80 + v / 0x1000 % 0x40) as uint8,
     (0x80 + v / 0x40 % 0x40) as uint8, (0x80 + v % 0x40) as uint8]
  }

  function DecodeMinimalWellFormedCodeUnitSubsequence(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue) {
    if |m| == 1 then DecodeMinimalWellFormedCodeUnitSubsequenceSingleByte(m)
    else if |m| == 2 then DecodeMinimalWellFormedCodeUnitSubsequenceDoubleByte(m)
    else if |m| == 3 then DecodeMinimalWellFormedCodeUnitSubsequenceTripleByte(m)
    else DecodeMinimalWellFormedCodeUnitSubsequenceQuadrupleByte(m)
  }

  function DecodeMinimalWellFormedCodeUnitSubsequenceSingleByte(m: CodeUnitSeq): (v: ScalarValue)
    requires |m| == 1 && IsWellFormedSingleCodeUnitSequence(m)
    ensures v <= 0x7F && EncodeScalarValueSingleByte(v) == m
  {
    m[0] as int
  }

  function DecodeMinimalWellFormedCodeUnitSubsequenceDoubleByte(m: CodeUnitSeq): (v: ScalarValue)
    requires |m| == 2 && IsWellFormedDoubleCodeUnitSequence(m)
    ensures 0x80 <= v <= 0x7FF && EncodeScalarValueDoubleByte(v) == m
  {
    (m[0] as int - 0xC0) * 0x40 + (m[1] as int - 0x80)
  }

  function DecodeMinimalWellFormedCodeUnitSubsequenceTripleByte(m: CodeUnitSeq): (v: ScalarValue)
    requires |m| == 3 && IsWellFormedTripleCodeUnitSequence(m)
    ensures 0x800 <= v <= 0xFFFF && EncodeScalarValueTripleByte(v) == m
  {
    var z := m[0] as int - 0xE0;
    var y := m[1] as int - 0x80;
    var x := m[2] as int - 0x80;
    var v := z * 0x1000 + y * 0x40 + x;
    assert v / 0x1000 == z && v / 0x40 % 0x40 == y && v % 0x40 == x;
    v
  }

  function DecodeMinimalWellFormedCodeUnitSubsequenceQuadrupleByte(m: CodeUnitSeq): (v: ScalarValue)
    requires |m| == 4 && IsWellFormedQuadrupleCodeUnitSequence(m)
    ensures 0x1_0000 <= v && EncodeScalarValueQuadrupleByte(v) == m
  {
    var u := m[0] as int - 0xF0;
    var z := m[1] as int - 0x80;
    var y := m[2] as int - 0x80;
    var x := m[3] as int - 0x80;
    var v := u * 0x4_0000 + z * 0x1000 + y * 0x40 + x;
    // The quotients and remainders the encoder takes, one division at a time.
    LemmaFundamentalDivModConverse(v, 0x4_0000, u, z * 0x1000 + y * 0x40 + x);
    LemmaFundamentalDivModConverse(v, 0x1000, u * 0x40 + z, y * 0x40 + x);
    LemmaFundamentalDivModConverse(u * 0x40 + z, 0x40, u, z);
    LemmaFundamentalDivModConverse(v, 0x40, u * 0x1000 + z * 0x40 + y, x);
    LemmaFundamentalDivModConverse(u * 0x1000 + z * 0x40 + y, 0x40, u * 0x40 + z, y);
    v
  }

  lemma LemmaDecodeEncodeScalarValue(v: ScalarValue)
    ensures DecodeMinimalWellFormedCodeUnitSubsequence(EncodeScalarValue(v)) == v
  {
    // Encoding is injective (its parts determine v), and the decoded value encodes to the same.
    var w := DecodeMinimalWellFormedCodeUnitSubsequence(EncodeScalarValue(v));
    assert EncodeScalarValue(w) == EncodeScalarValue(v);
  }
}
