// Std.Unicode.UnicodeEncodingForm: what every Unicode encoding form shares (Unicode 15.1,
// section 3.9). An encoding form maps each scalar value to a unique sequence of code units; a
// module that refines this one (Utf8EncodingForm, Utf16EncodingForm) gives
//  - the type `CodeUnit`,
//  - `IsMinimalWellFormedCodeUnitSubsequence`: the encodings of single scalar values,
//  - `SplitPrefixMinimalWellFormedCodeUnitSubsequence`: how the encoding of the first scalar value
//    of a sequence is found,
//  - `EncodeScalarValue` and `DecodeMinimalWellFormedCodeUnitSubsequence`: the mapping both ways,
// and this module gives the sequence-level part. (That decoding undoes encoding needs the
// encoding to be injective, which this module does not ask, as Dafny's does not; the round-trip
// lemmas below take it as a precondition, which Utf8EncodingForm's and Utf16EncodingForm's
// LemmaDecodeEncodeScalarValue prove.) Dafny's declarations and contracts; our own
// proofs. The compiled sequence-level functions loop (`by method`) where the definitions
// recurse once per scalar value.
abstract module Std.Unicode.UnicodeEncodingForm {
  import opened Wrappers
  import Strings
  import Seq = Collections.Seq
  import opened Base

  type CodeUnitSeq = seq<CodeUnit>
  type WellFormedCodeUnitSeq = s: CodeUnitSeq
    | IsWellFormedCodeUnitSequence(s)
    witness []
  type MinimalWellFormedCodeUnitSeq = s: CodeUnitSeq
    | IsMinimalWellFormedCodeUnitSubsequence(s)
    witness *

  //
  // What a refining module gives.
  //

  // The minimal bit combination that can represent a unit of encoded text (section 3.9, D77).
  type CodeUnit

  // A well-formed code unit sequence that maps to a single scalar value (section 3.9, D85a).
  function IsMinimalWellFormedCodeUnitSubsequence(s: CodeUnitSeq): (b: bool)
    ensures b ==>
              && |s| > 0
              && forall i | 0 < i < |s| :: !IsMinimalWellFormedCodeUnitSubsequence(s[..i])
    decreases |s|

  // The shortest prefix of s that is a minimal well-formed code unit subsequence, if any.
  function SplitPrefixMinimalWellFormedCodeUnitSubsequence(s: CodeUnitSeq): (maybePrefix: Option<MinimalWellFormedCodeUnitSeq>)
    ensures |s| == 0 ==> maybePrefix.None?
    ensures (exists i | 0 < i <= |s| :: IsMinimalWellFormedCodeUnitSubsequence(s[..i])) <==>
            && maybePrefix.Some?
    ensures maybePrefix.Some? ==>
              && var prefix := maybePrefix.Extract();
              && 0 < |prefix| <= |s|
              && prefix == s[..|prefix|]
              && forall i | 0 < i < |prefix| :: !IsMinimalWellFormedCodeUnitSubsequence(s[..i])

  // The encoding of a scalar value.
  function EncodeScalarValue(v: ScalarValue): (m: MinimalWellFormedCodeUnitSeq)

  // The scalar value that m encodes.
  function DecodeMinimalWellFormedCodeUnitSubsequence(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue)
    ensures EncodeScalarValue(v) == m

  //
  // The sequence-level part.
  //

  // Two minimal well-formed prefixes of the same sequence are the same: the shorter would be a
  // proper prefix of the longer, which no minimal well-formed sequence has.
  lemma LemmaUniquePrefixMinimalWellFormedCodeUnitSeq(
    s: CodeUnitSeq, m1: MinimalWellFormedCodeUnitSeq, m2: MinimalWellFormedCodeUnitSeq
  )
    decreases |s|, |m1|, |m2|
    requires m1 <= s
    requires m2 <= s
    ensures m1 == m2
  {
    if |m1| < |m2| {
      assert m2[..|m1|] == m1;
      assert !IsMinimalWellFormedCodeUnitSubsequence(m2[..|m1|]);
    } else if |m2| < |m1| {
      assert m1[..|m2|] == m2;
      assert !IsMinimalWellFormedCodeUnitSubsequence(m1[..|m2|]);
    }
  }

  // The first encoding found in m + s is m.
  lemma LemmaSplitPrefixMinimalWellFormedCodeUnitSubsequenceInvertsPrepend(m: MinimalWellFormedCodeUnitSeq, s: CodeUnitSeq)
    ensures SplitPrefixMinimalWellFormedCodeUnitSubsequence(m + s) == Some(m)
  {
    var ms := m + s;
    assert ms[..|m|] == m;
    assert IsMinimalWellFormedCodeUnitSubsequence(ms[..|m|]);
    var maybePrefix := SplitPrefixMinimalWellFormedCodeUnitSubsequence(ms);
    assert maybePrefix.Some?;
    var prefix := maybePrefix.value;
    LemmaUniquePrefixMinimalWellFormedCodeUnitSeq(ms, m, prefix);
  }

  // s cut into the encodings of its scalar values; on failure, the rest of s from the first
  // code unit that does not start a well-formed encoding.
  function PartitionCodeUnitSequenceChecked(s: CodeUnitSeq): (maybeParts: Result<seq<MinimalWellFormedCodeUnitSeq>, CodeUnitSeq>)
    ensures maybeParts.Success? ==> Seq.Flatten(maybeParts.Extract()) == s
    ensures maybeParts.Failure? ==> |maybeParts.error| <= |s|
    decreases |s|
  {
    if |s| == 0 then Success([])
    else
      // `:-` spelt out: dfyc does not verify it yet.
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
    // The parts of s[..start], then those of the rest (one step per scalar value).
    var parts: seq<MinimalWellFormedCodeUnitSeq> := [];
    var start := 0;
    assert s[start..] == s;
    assert PartitionCodeUnitSequenceChecked(s).Success? ==>
      parts + PartitionCodeUnitSequenceChecked(s).value == PartitionCodeUnitSequenceChecked(s).value;
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
      ghost var next := PartitionCodeUnitSequenceChecked(s[start + |prefix|..]);
      assert PartitionCodeUnitSequenceChecked(s[start..]) ==
        if next.Success? then Success([prefix] + next.value) else next;
      assert next.Success? ==> parts + ([prefix] + next.value) == (parts + [prefix]) + next.value;
      parts := parts + [prefix];
      start := start + |prefix|;
    }
    assert |s[start..]| == 0;
    assert parts + [] == parts;
    maybeParts := Success(parts);
  }

  // The partition of a well-formed sequence.
  function PartitionCodeUnitSequence(s: WellFormedCodeUnitSeq): (parts: seq<MinimalWellFormedCodeUnitSeq>)
    ensures Seq.Flatten(parts) == s
  {
    PartitionCodeUnitSequenceChecked(s).Extract()
  }

  // A minimal well-formed sequence is one part.
  lemma LemmaPartitionMinimalWellFormedCodeUnitSubsequence(m: MinimalWellFormedCodeUnitSeq)
    ensures PartitionCodeUnitSequenceChecked(m) == Success([m])
  {
    LemmaSplitPrefixMinimalWellFormedCodeUnitSubsequenceInvertsPrepend(m, []);
    assert m + [] == m;
    assert m[|m|..] == [];
    assert [m] + [] == [m];
  }

  // A sequence is well-formed when it is the concatenation of minimal well-formed sequences.
  function IsWellFormedCodeUnitSequence(s: CodeUnitSeq): (b: bool) {
    PartitionCodeUnitSequenceChecked(s).Success?
  }

  lemma LemmaMinimalWellFormedCodeUnitSubsequenceIsWellFormedSequence(m: MinimalWellFormedCodeUnitSeq)
    ensures IsWellFormedCodeUnitSequence(m)
  {
    LemmaPartitionMinimalWellFormedCodeUnitSubsequence(m);
  }

  lemma LemmaPrependMinimalWellFormedCodeUnitSubsequence(m: MinimalWellFormedCodeUnitSeq, s: WellFormedCodeUnitSeq)
    ensures IsWellFormedCodeUnitSequence(m + s)
  {
    LemmaSplitPrefixMinimalWellFormedCodeUnitSubsequenceInvertsPrepend(m, s);
    var ms := m + s;
    assert |ms| != 0;
    assert ms[|m|..] == s;
  }

  // Concatenated encodings are cut back into the same encodings (ours).
  lemma LemmaPartitionFlatten(ms: seq<MinimalWellFormedCodeUnitSeq>)
    ensures PartitionCodeUnitSequenceChecked(Seq.Flatten(ms)) == Success(ms)
    decreases |ms|
  {
    if |ms| != 0 {
      var m := ms[0];
      var rest: CodeUnitSeq := Seq.Flatten(ms[1..]);
      LemmaSplitPrefixMinimalWellFormedCodeUnitSubsequenceInvertsPrepend(m, rest);
      var all: CodeUnitSeq := m + rest;
      assert |all| != 0;
      assert all[|m|..] == rest;
      LemmaPartitionFlatten(ms[1..]);
      assert [m] + ms[1..] == ms;
    }
  }

  lemma LemmaFlattenMinimalWellFormedCodeUnitSubsequences(ms: seq<MinimalWellFormedCodeUnitSeq>)
    ensures IsWellFormedCodeUnitSequence(Seq.Flatten(ms))
  {
    LemmaPartitionFlatten(ms);
  }

  lemma LemmaConcatWellFormedCodeUnitSubsequences(s: WellFormedCodeUnitSeq, t: WellFormedCodeUnitSeq)
    ensures IsWellFormedCodeUnitSequence(s + t)
  {
    var partsS := PartitionCodeUnitSequence(s);
    var partsT := PartitionCodeUnitSequence(t);
    Seq.LemmaFlattenConcat(partsS, partsT);
    LemmaFlattenMinimalWellFormedCodeUnitSubsequences(partsS + partsT);
  }

  // The encodings of vs, one per scalar value (ours: Dafny writes Seq.Map(EncodeScalarValue, vs)).
  function EncodeScalarValues(vs: seq<ScalarValue>): (ms: seq<MinimalWellFormedCodeUnitSeq>)
    ensures |ms| == |vs|
    decreases |vs|
  {
    if |vs| == 0 then [] else [EncodeScalarValue(vs[0])] + EncodeScalarValues(vs[1..])
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
    if |vs| != 0 {
      assert (vs + [v])[1..] == vs[1..] + [v];
      LemmaEncodeScalarValuesAppend(vs[1..], v);
    } else {
      assert vs + [v] == [v];
    }
  }

  // The scalar values of encodings, one per encoding (ours: Dafny writes
  // Seq.MapPartialFunction(DecodeMinimalWellFormedCodeUnitSubsequence, ms)).
  function DecodeScalarValues(ms: seq<MinimalWellFormedCodeUnitSeq>): (vs: seq<ScalarValue>)
    ensures |vs| == |ms|
    decreases |ms|
  {
    if |ms| == 0 then [] else [DecodeMinimalWellFormedCodeUnitSubsequence(ms[0])] + DecodeScalarValues(ms[1..])
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
    if |ms| != 0 {
      assert (ms + [m])[1..] == ms[1..] + [m];
      LemmaDecodeScalarValuesAppend(ms[1..], m);
    } else {
      assert ms + [m] == [m];
    }
  }

  // The well-formed encoding of vs.
  function EncodeScalarSequence(vs: seq<ScalarValue>): (s: WellFormedCodeUnitSeq) {
    var ms := EncodeScalarValues(vs);
    LemmaFlattenMinimalWellFormedCodeUnitSubsequences(ms);
    Seq.Flatten(ms)
  }

  lemma LemmaPartitionEncodeScalarSequence(vs: seq<ScalarValue>)
    ensures PartitionCodeUnitSequenceChecked(EncodeScalarSequence(vs)) == Success(EncodeScalarValues(vs))
  {
    LemmaPartitionFlatten(EncodeScalarValues(vs));
  }

  // Decoding undoes encoding on vs if it does on each of its scalar values (ours).
  lemma LemmaDecodeEncodeScalarValues(vs: seq<ScalarValue>)
    requires forall v | v in vs :: DecodeMinimalWellFormedCodeUnitSubsequence(EncodeScalarValue(v)) == v
    ensures DecodeScalarValues(EncodeScalarValues(vs)) == vs
    decreases |vs|
  {
    if |vs| != 0 {
      assert vs[0] in vs;
      LemmaDecodeEncodeScalarValues(vs[1..]);
    }
  }

  lemma LemmaEncodeDecodeScalarValues(ms: seq<MinimalWellFormedCodeUnitSeq>)
    ensures EncodeScalarValues(DecodeScalarValues(ms)) == ms
    decreases |ms|
  {
    if |ms| != 0 {
      LemmaEncodeDecodeScalarValues(ms[1..]);
    }
  }

  // The scalar values that a well-formed sequence encodes.
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

  // The scalar values s encodes, or a message with the index of the first code unit that does
  // not start a well-formed encoding.
  function DecodeCodeUnitSequenceChecked(s: CodeUnitSeq): (resultVs: Result<seq<ScalarValue>, string>)
    ensures IsWellFormedCodeUnitSequence(s) ==>
              && resultVs.Success?
              && resultVs.Extract() == DecodeCodeUnitSequence(s)
    ensures !IsWellFormedCodeUnitSequence(s) ==> resultVs.Failure?
  {
    match PartitionCodeUnitSequenceChecked(s)
    case Success(parts) => Success(DecodeScalarValues(parts))
    case Failure(rest) => Failure(DecodeErrorMessage(|s| - |rest|))
  }

  // Decoding what was encoded gives it back, if it does so for each scalar value (ours).
  lemma LemmaDecodeEncodeScalarSequence(vs: seq<ScalarValue>)
    requires forall v | v in vs :: DecodeMinimalWellFormedCodeUnitSubsequence(EncodeScalarValue(v)) == v
    ensures DecodeCodeUnitSequenceChecked(EncodeScalarSequence(vs)) == Success(vs)
  {
    LemmaPartitionEncodeScalarSequence(vs);
    LemmaDecodeEncodeScalarValues(vs);
  }
}
