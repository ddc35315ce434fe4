// Std.Unicode.Utf8EncodingForm: UTF-8 (Unicode 15.1, tables 3-6 and 3-7), Dafny's module: it
// refines UnicodeEncodingForm, which gives the sequence-level part. A scalar value is encoded as
// one to four bytes; decoding accepts exactly the well-formed byte sequences. Code units are
// bytes, bv8, as in Dafny's; the encoding and decoding take bits apart and put them together
// with shifts, masks and `|`.
module Std.Unicode.Utf8EncodingForm refines UnicodeEncodingForm {
  type CodeUnit = bv8

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
  // Encoding and decoding of one scalar value (table 3-6): the bits of v, six to a continuation
  // byte, the rest in the lead byte.
  //

  function EncodeScalarValue(v: ScalarValue): (m: MinimalWellFormedCodeUnitSeq) {
    if v <= 0x7F then EncodeScalarValueSingleByte(v)
    else if v <= 0x7FF then EncodeScalarValueDoubleByte(v)
    else if v <= 0xFFFF then EncodeScalarValueTripleByte(v)
    else EncodeScalarValueQuadrupleByte(v)
  }

  // 0xxxxxxx
  function EncodeScalarValueSingleByte(v: ScalarValue): (m: MinimalWellFormedCodeUnitSeq)
    requires 0 <= v <= 0x7F
    ensures |m| == 1
    ensures IsWellFormedSingleCodeUnitSequence(m)
  {
    [v as CodeUnit]
  }

  // 110yyyyy 10xxxxxx
  function EncodeScalarValueDoubleByte(v: ScalarValue): (s: CodeUnitSeq)
    requires 0x80 <= v <= 0x7FF
    ensures |s| == 2
    ensures IsWellFormedDoubleCodeUnitSequence(s)
  {
    [(0xC0 | (v >> 6)) as CodeUnit, (0x80 | (v & 0x3F)) as CodeUnit]
  }

  // 1110zzzz 10yyyyyy 10xxxxxx
  function EncodeScalarValueTripleByte(v: ScalarValue): (s: CodeUnitSeq)
    requires 0x800 <= v <= 0xFFFF
    ensures |s| == 3
    ensures IsWellFormedTripleCodeUnitSequence(s)
  {
    [(0xE0 | (v >> 12)) as CodeUnit, (0x80 | ((v >> 6) & 0x3F)) as CodeUnit, (0x80 | (v & 0x3F)) as CodeUnit]
  }

  // 11110uuu 10uuzzzz 10yyyyyy 10xxxxxx
  function EncodeScalarValueQuadrupleByte(v: ScalarValue): (s: CodeUnitSeq)
    requires 0x10000 <= v <= 0x10FFFF
    ensures |s| == 4
    ensures IsWellFormedQuadrupleCodeUnitSequence(s)
  {
    [(0xF0 | (v >> 18)) as CodeUnit, (0x80 | ((v >> 12) & 0x3F)) as CodeUnit,
     (0x80 | ((v >> 6) & 0x3F)) as CodeUnit, (0x80 | (v & 0x3F)) as CodeUnit]
  }

  function DecodeMinimalWellFormedCodeUnitSubsequence(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue) {
    if |m| == 1 then DecodeMinimalWellFormedCodeUnitSubsequenceSingleByte(m)
    else if |m| == 2 then DecodeMinimalWellFormedCodeUnitSubsequenceDoubleByte(m)
    else if |m| == 3 then DecodeMinimalWellFormedCodeUnitSubsequenceTripleByte(m)
    else DecodeMinimalWellFormedCodeUnitSubsequenceQuadrupleByte(m)
  }

  function DecodeMinimalWellFormedCodeUnitSubsequenceSingleByte(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue)
    requires |m| == 1
    ensures 0 <= v <= 0x7F
    ensures EncodeScalarValueSingleByte(v) == m
  {
    m[0] as bv24
  }

  function DecodeMinimalWellFormedCodeUnitSubsequenceDoubleByte(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue)
    requires |m| == 2
    ensures 0x80 <= v <= 0x7FF
    ensures EncodeScalarValueDoubleByte(v) == m
  {
    var y := (m[0] & 0x1F) as bv24;
    var x := (m[1] & 0x3F) as bv24;
    (y << 6) | x
  }

  function DecodeMinimalWellFormedCodeUnitSubsequenceTripleByte(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue)
    requires |m| == 3
    ensures 0x800 <= v <= 0xFFFF
    ensures EncodeScalarValueTripleByte(v) == m
  {
    var z := (m[0] & 0x0F) as bv24;
    var y := (m[1] & 0x3F) as bv24;
    var x := (m[2] & 0x3F) as bv24;
    LemmaTripleByteBits(m[0], m[1], m[2]);
    (z << 12) | (y << 6) | x
  }

  function DecodeMinimalWellFormedCodeUnitSubsequenceQuadrupleByte(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue)
    requires |m| == 4
    ensures 0x10000 <= v <= 0x10FFFF
    ensures EncodeScalarValueQuadrupleByte(v) == m
  {
    var u := (m[0] & 0x07) as bv24;
    var z := (m[1] & 0x3F) as bv24;
    var y := (m[2] & 0x3F) as bv24;
    var x := (m[3] & 0x3F) as bv24;
    LemmaQuadrupleByteBits(m[0], m[1], m[2], m[3]);
    (u << 18) | (z << 12) | (y << 6) | x
  }

  // The bits of the decoders, on bytes alone: the encoder gives the bytes back. (A proof about
  // the bits of four bytes is quick for Z3; the same facts asked of the sequences with the
  // encoder's definition and the well-formedness predicate beside them take it 30 s.)
  lemma LemmaTripleByteBits(a: bv8, b: bv8, c: bv8)
    requires 0xE0 <= a <= 0xEF && 0x80 <= b <= 0xBF && 0x80 <= c <= 0xBF
    ensures var v := (((a & 0x0F) as bv24) << 12) | (((b & 0x3F) as bv24) << 6) | ((c & 0x3F) as bv24);
      && (0xE0 | (v >> 12)) as bv8 == a
      && (0x80 | ((v >> 6) & 0x3F)) as bv8 == b
      && (0x80 | (v & 0x3F)) as bv8 == c
  {}

  lemma LemmaQuadrupleByteBits(a: bv8, b: bv8, c: bv8, d: bv8)
    requires 0xF0 <= a <= 0xF4 && 0x80 <= b <= 0xBF && 0x80 <= c <= 0xBF && 0x80 <= d <= 0xBF
    ensures var v := (((a & 0x07) as bv24) << 18) | (((b & 0x3F) as bv24) << 12)
                     | (((c & 0x3F) as bv24) << 6) | ((d & 0x3F) as bv24);
      && (0xF0 | (v >> 18)) as bv8 == a
      && (0x80 | ((v >> 12) & 0x3F)) as bv8 == b
      && (0x80 | ((v >> 6) & 0x3F)) as bv8 == c
      && (0x80 | (v & 0x3F)) as bv8 == d
  {}
}
