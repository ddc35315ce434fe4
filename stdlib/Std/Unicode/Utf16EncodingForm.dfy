// Std.Unicode.Utf16EncodingForm: UTF-16 (Unicode 15.1, section 3.9). A scalar value is encoded
// as one 16-bit code unit, or as a surrogate pair above 0xFFFF; decoding accepts exactly the
// well-formed sequences, and decoding what was encoded gives the scalar values back
// (LemmaDecodeEncodeScalarSequence). Names as in Dafny's Std.Unicode.Utf16EncodingForm; code units
// are uint16, not bv16 (stdlib/README.md). The sequence-level part is Utf8EncodingForm's: Dafny
// shares it by refining an abstract module, which dfyc does not support yet.
module Std.Unicode.Utf16EncodingForm {
  import opened Wrappers
  import opened BoundedInts
  import opened Base
  import Seq = Collections.Seq
  import Strings

  type CodeUnit = uint16
  type CodeUnitSeq = seq<CodeUnit>

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

  // The encoding of exactly one scalar value.
  predicate IsMinimalWellFormedCodeUnitSubsequence(s: CodeUnitSeq) {
    || (|s| == 1 && IsWellFormedSingleCodeUnitSequence(s))
    || (|s| == 2 && IsWellFormedDoubleCodeUnitSequence(s))
  }

  type MinimalWellFormedCodeUnitSeq = s: CodeUnitSeq | IsMinimalWellFormedCodeUnitSubsequence(s)
    witness [0]

  // The encoding of the first scalar value of s, if s starts with one.
  function SplitPrefixMinimalWellFormedCodeUnitSubsequence(s: CodeUnitSeq): (maybePrefix: Option<MinimalWellFormedCodeUnitSeq>)
    ensures maybePrefix.Some? ==> 0 < |maybePrefix.value| <= |s| && maybePrefix.value == s[..|maybePrefix.value|]
  {
    if |s| >= 1 && IsWellFormedSingleCodeUnitSequence(s[..1]) then Some(s[..1])
    else if |s| >= 2 && IsWellFormedDoubleCodeUnitSequence(s[..2]) then Some(s[..2])
    else None
  }

  // A minimal well-formed sequence is recognized as the prefix of whatever follows it.
  lemma LemmaSplitPrefixMinimalWellFormedCodeUnitSubsequenceInvertsPrepend(m: MinimalWellFormedCodeUnitSeq, s: CodeUnitSeq)
    ensures SplitPrefixMinimalWellFormedCodeUnitSubsequence(m + s) == Some(m)
  {
    var ms := m + s;
    assert ms[..|m|] == m;
    assert ms[0] == m[0];
    if |m| == 2 {
      assert ms[..1] == m[..1];
    }
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

  function DecodeMinimalWellFormedCodeUnitSubsequence(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue)
    ensures EncodeScalarValue(v) == m
  {
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

  //
  // Sequences of scalar values.
  //

  // s cut into the encodings of its scalar values; on failure, the rest of s from the first
  // code unit that does not start a well-formed encoding.
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
    // The message Dafny gives for UTF-8 and UTF-16 alike.
    "Could not decode byte at index " + Strings.OfInt(index)
  }

  // The scalar values s encodes, or the index of the first code unit that is not part of a
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
