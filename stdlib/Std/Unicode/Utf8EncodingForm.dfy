// Std.Unicode.Utf8EncodingForm: UTF-8 (Unicode 15.1, tables 3-6 and 3-7). A scalar value is
// encoded as one to four bytes; decoding accepts exactly the well-formed byte sequences, and
// decoding what was encoded gives the scalar values back (LemmaDecodeEncodeScalarSequence).
// Names as in Dafny's Std.Unicode.Utf8EncodingForm; code units are uint8, not bv8 (README).
module Std.Unicode.Utf8EncodingForm {
  import opened Wrappers
  import opened BoundedInts
  import opened Base
  import Seq = Collections.Seq
  import Strings
  import opened Arithmetic.DivMod

  type CodeUnit = uint8
  type CodeUnitSeq = seq<CodeUnit>

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

  // The encoding of exactly one scalar value.
  predicate IsMinimalWellFormedCodeUnitSubsequence(s: CodeUnitSeq) {
    || (|s| == 1 && IsWellFormedSingleCodeUnitSequence(s))
    || (|s| == 2 && IsWellFormedDoubleCodeUnitSequence(s))
    || (|s| == 3 && IsWellFormedTripleCodeUnitSequence(s))
    || (|s| == 4 && IsWellFormedQuadrupleCodeUnitSequence(s))
  }

  type MinimalWellFormedCodeUnitSeq = s: CodeUnitSeq | IsMinimalWellFormedCodeUnitSubsequence(s)
    witness [0]

  // The encoding of the first scalar value of s, if s starts with one.
  function SplitPrefixMinimalWellFormedCodeUnitSubsequence(s: CodeUnitSeq): (maybePrefix: Option<MinimalWellFormedCodeUnitSeq>)
    ensures maybePrefix.Some? ==> 0 < |maybePrefix.value| <= |s| && maybePrefix.value == s[..|maybePrefix.value|]
  {
    if |s| >= 1 && IsWellFormedSingleCodeUnitSequence(s[..1]) then Some(s[..1])
    else if |s| >= 2 && IsWellFormedDoubleCodeUnitSequence(s[..2]) then Some(s[..2])
    else if |s| >= 3 && IsWellFormedTripleCodeUnitSequence(s[..3]) then Some(s[..3])
    else if |s| >= 4 && IsWellFormedQuadrupleCodeUnitSequence(s[..4]) then Some(s[..4])
    else None
  }

  // A minimal well-formed sequence is recognized as the prefix of whatever follows it: the lead
  // byte says how long it is.
  lemma LemmaSplitPrefixMinimalWellFormedCodeUnitSubsequenceInvertsPrepend(m: MinimalWellFormedCodeUnitSeq, s: CodeUnitSeq)
    ensures SplitPrefixMinimalWellFormedCodeUnitSubsequence(m + s) == Some(m)
  {
    var ms := m + s;
    assert ms[..|m|] == m;
    assert ms[0] == m[0];
    if |m| >= 2 {
      assert ms[..1] == m[..1];
    }
    if |m| >= 3 {
      assert ms[..2] == m[..2];
    }
    if |m| == 4 {
      assert ms[..3] == m[..3];
    }
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

  function DecodeMinimalWellFormedCodeUnitSubsequence(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue)
    ensures EncodeScalarValue(v) == m
  {
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

  //
  // Sequences of scalar values.
  //

  // s cut into the encodings of its scalar values; on failure, the rest of s from the first
  // byte that does not start a well-formed encoding.
  function PartitionCodeUnitSequenceChecked(s: CodeUnitSeq): (maybeParts: Result<seq<MinimalWellFormedCodeUnitSeq>, CodeUnitSeq>)
    ensures maybeParts.Success? ==> Seq.Flatten(maybeParts.value) == s
    ensures maybeParts.Failure? ==> |maybeParts.error| <= |s|
    decreases |s|
  {
    if s == [] then Success([])
    else
      // `:-` spelt out: dfyc does not compile it yet.
      var maybePrefix := SplitPrefixMinimalWellFormedCodeUnitSubsequence(s);
      if maybePrefix.None? then Failure(s)
      else
        var prefix := maybePrefix.value;
        var restParts := PartitionCodeUnitSequenceChecked(s[|prefix|..]);
        if restParts.Failure? then Failure(restParts.error)
        else
          assert s == prefix + s[|prefix|..];
          Success([prefix] + restParts.value)
  } by method {
    // The parts of s[..start], then those of the rest (a loop: one step per scalar value).
    var parts: seq<MinimalWellFormedCodeUnitSeq> := [];
    var start := 0;
    assert s[start..] == s;
    assert forall ps: seq<MinimalWellFormedCodeUnitSeq> :: parts + ps == ps;
    while start < |s|
      invariant start <= |s|
      invariant var rest := PartitionCodeUnitSequenceChecked(s[start..]);
        PartitionCodeUnitSequenceChecked(s) == if rest.Success? then Success(parts + rest.value) else rest
      decreases |s| - start
    {
      var maybePrefix := SplitPrefixMinimalWellFormedCodeUnitSubsequence(s[start..]);
      if maybePrefix.None? {
        maybeParts := Failure(s[start..]);
        return;
      }
      var prefix := maybePrefix.value;
      assert s[start..][|prefix|..] == s[start + |prefix|..];
      assert forall ps :: parts + ([prefix] + ps) == (parts + [prefix]) + ps;
      parts := parts + [prefix];
      start := start + |prefix|;
    }
    assert s[start..] == [];
    assert parts + [] == parts;
    maybeParts := Success(parts);
  }

  predicate IsWellFormedCodeUnitSequence(s: CodeUnitSeq) {
    PartitionCodeUnitSequenceChecked(s).Success?
  }

  type WellFormedCodeUnitSeq = s: CodeUnitSeq | IsWellFormedCodeUnitSequence(s)
    witness []

  function PartitionCodeUnitSequence(s: WellFormedCodeUnitSeq): (parts: seq<MinimalWellFormedCodeUnitSeq>)
    ensures Seq.Flatten(parts) == s
  {
    PartitionCodeUnitSequenceChecked(s).value
  }

  // The encodings of vs, one per scalar value.
  function EncodeScalarValues(vs: seq<ScalarValue>): (ms: seq<MinimalWellFormedCodeUnitSeq>)
    ensures |ms| == |vs|
    decreases |vs|
  {
    if vs == [] then [] else [EncodeScalarValue(vs[0])] + EncodeScalarValues(vs[1..])
  } by method {
    ms := [];
    for i := 0 to |vs|
      invariant ms == EncodeScalarValues(vs[..i])
    {
      LemmaEncodeScalarValuesAppend(vs[..i], vs[i]);
      assert vs[..i + 1] == vs[..i] + [vs[i]];
      ms := ms + [EncodeScalarValue(vs[i])];
    }
    assert vs[..|vs|] == vs;
  }

  // EncodeScalarValues of one more element at the end (for EncodeScalarValues's loop).
  lemma LemmaEncodeScalarValuesAppend(vs: seq<ScalarValue>, v: ScalarValue)
    ensures EncodeScalarValues(vs + [v]) == EncodeScalarValues(vs) + [EncodeScalarValue(v)]
  {
    if vs != [] {
      assert (vs + [v])[1..] == vs[1..] + [v];
      LemmaEncodeScalarValuesAppend(vs[1..], v);
    } else {
      assert vs + [v] == [v];
    }
  }

  function DecodeScalarValues(ms: seq<MinimalWellFormedCodeUnitSeq>): (vs: seq<ScalarValue>)
    ensures |vs| == |ms|
    decreases |ms|
  {
    if ms == [] then [] else [DecodeMinimalWellFormedCodeUnitSubsequence(ms[0])] + DecodeScalarValues(ms[1..])
  } by method {
    vs := [];
    for i := 0 to |ms|
      invariant vs == DecodeScalarValues(ms[..i])
    {
      LemmaDecodeScalarValuesAppend(ms[..i], ms[i]);
      assert ms[..i + 1] == ms[..i] + [ms[i]];
      vs := vs + [DecodeMinimalWellFormedCodeUnitSubsequence(ms[i])];
    }
    assert ms[..|ms|] == ms;
  }

  // DecodeScalarValues of one more element at the end (for DecodeScalarValues's loop).
  lemma LemmaDecodeScalarValuesAppend(ms: seq<MinimalWellFormedCodeUnitSeq>, m: MinimalWellFormedCodeUnitSeq)
    ensures DecodeScalarValues(ms + [m]) == DecodeScalarValues(ms) + [DecodeMinimalWellFormedCodeUnitSubsequence(m)]
  {
    if ms != [] {
      assert (ms + [m])[1..] == ms[1..] + [m];
      LemmaDecodeScalarValuesAppend(ms[1..], m);
    } else {
      assert ms + [m] == [m];
    }
  }

  // Concatenated encodings are cut back into the same encodings.
  lemma LemmaPartitionFlatten(ms: seq<MinimalWellFormedCodeUnitSeq>)
    ensures PartitionCodeUnitSequenceChecked(Seq.Flatten(ms)) == Success(ms)
    decreases |ms|
  {
    if ms != [] {
      var m := ms[0];
      var rest: CodeUnitSeq := Seq.Flatten(ms[1..]);
      LemmaSplitPrefixMinimalWellFormedCodeUnitSubsequenceInvertsPrepend(m, rest);
      var all: CodeUnitSeq := m + rest;
      assert all[|m|..] == rest;
      LemmaPartitionFlatten(ms[1..]);
      assert [m] + ms[1..] == ms;
    }
  }

  // The concatenated encodings of vs.
  function EncodeScalarSequence(vs: seq<ScalarValue>): (s: WellFormedCodeUnitSeq) {
    var ms := EncodeScalarValues(vs);
    LemmaPartitionFlatten(ms);
    Seq.Flatten(ms)
  }

  lemma LemmaPartitionEncodeScalarSequence(vs: seq<ScalarValue>)
    ensures PartitionCodeUnitSequenceChecked(EncodeScalarSequence(vs)) == Success(EncodeScalarValues(vs))
  {
    LemmaPartitionFlatten(EncodeScalarValues(vs));
  }

  lemma LemmaDecodeEncodeScalarValues(vs: seq<ScalarValue>)
    ensures DecodeScalarValues(EncodeScalarValues(vs)) == vs
    decreases |vs|
  {
    if vs != [] {
      LemmaDecodeEncodeScalarValue(vs[0]);
      LemmaDecodeEncodeScalarValues(vs[1..]);
    }
  }

  lemma LemmaEncodeDecodeScalarValues(ms: seq<MinimalWellFormedCodeUnitSeq>)
    ensures EncodeScalarValues(DecodeScalarValues(ms)) == ms
    decreases |ms|
  {
    if ms != [] {
      LemmaEncodeDecodeScalarValues(ms[1..]);
    }
  }

  // The scalar values a well-formed sequence encodes.
  function DecodeCodeUnitSequence(s: WellFormedCodeUnitSeq): (vs: seq<ScalarValue>)
    ensures EncodeScalarSequence(vs) == s
  {
    var parts := PartitionCodeUnitSequence(s);
    LemmaEncodeDecodeScalarValues(parts);
    DecodeScalarValues(parts)
  }

  function DecodeErrorMessage(index: int): string {
    "Could not decode byte at index " + Strings.OfInt(index)
  }

  // The scalar values s encodes, or the index of the first byte that is not part of a
  // well-formed encoding.
  function DecodeCodeUnitSequenceChecked(s: CodeUnitSeq): (resultVs: Result<seq<ScalarValue>, string>)
    ensures IsWellFormedCodeUnitSequence(s) ==> resultVs.Success? && resultVs.value == DecodeCodeUnitSequence(s)
    ensures !IsWellFormedCodeUnitSequence(s) ==> resultVs.Failure?
  {
    match PartitionCodeUnitSequenceChecked(s)
    case Success(parts) => Success(DecodeScalarValues(parts))
    case Failure(rest) => Failure(DecodeErrorMessage(|s| - |rest|))
  }

  // Decoding what was encoded gives it back.
  lemma LemmaDecodeEncodeScalarSequence(vs: seq<ScalarValue>)
    ensures DecodeCodeUnitSequenceChecked(EncodeScalarSequence(vs)) == Success(vs)
  {
    LemmaPartitionEncodeScalarSequence(vs);
    LemmaDecodeEncodeScalarValues(vs);
  }
}
