// RUN: run --standard-libraries true --show-snippets false
// Std.Unicode's structure as in Dafny: Base's types and constants, the encoding forms' functions
// and lemmas that Utf8EncodingForm and Utf16EncodingForm inherit from the abstract
// UnicodeEncodingForm (partitions, well-formed concatenation, decoding), Utf8EncodingScheme,
// and a program's own encoding form (UTF-32) refining UnicodeEncodingForm. Expected output
// recorded from Dafny 4.11 (`dafny run --standard-libraries true`, with Dafny's own library).
import opened Std.Wrappers
import Std.Unicode.Base
import Std.Unicode.Utf8EncodingForm
import Std.Unicode.Utf16EncodingForm
import Std.Unicode.Utf8EncodingScheme
import Std.Unicode.UnicodeStringsWithUnicodeChar

// One code unit per scalar value.
module Utf32EncodingForm refines Std.Unicode.UnicodeEncodingForm {
  type CodeUnit = ScalarValue

  function IsMinimalWellFormedCodeUnitSubsequence(s: CodeUnitSeq): (b: bool) {
    |s| == 1
  }

  function SplitPrefixMinimalWellFormedCodeUnitSubsequence(s: CodeUnitSeq): (maybePrefix: Option<MinimalWellFormedCodeUnitSeq>) {
    if |s| >= 1 then Some(s[..1]) else None
  }

  function EncodeScalarValue(v: ScalarValue): (m: MinimalWellFormedCodeUnitSeq) {
    [v]
  }

  function DecodeMinimalWellFormedCodeUnitSubsequence(m: MinimalWellFormedCodeUnitSeq): (v: ScalarValue) {
    m[0]
  }
}

// Well-formed UTF-8 sequences concatenate to a well-formed one.
method Concat(a: Utf8EncodingForm.WellFormedCodeUnitSeq, b: Utf8EncodingForm.WellFormedCodeUnitSeq)
  returns (c: Utf8EncodingForm.WellFormedCodeUnitSeq)
  ensures c == a + b
{
  Utf8EncodingForm.LemmaConcatWellFormedCodeUnitSubsequences(a, b);
  c := a + b;
}

method Main() {
  print Base.HIGH_SURROGATE_MIN, " ", Base.HIGH_SURROGATE_MAX, " ", Base.LOW_SURROGATE_MIN, " ", Base.LOW_SURROGATE_MAX, "\n";
  var cp: Base.CodePoint := 0x1F600;
  var hs: Base.HighSurrogateCodePoint := 0xD83D;
  print cp, " ", hs, " ", Base.IsInAssignedPlane(cp), " ", Base.IsInAssignedPlane(0x50000), "\n";

  var v: Base.ScalarValue := 0x20AC;
  var m := Utf8EncodingForm.EncodeScalarValue(v);
  print m, " ", Utf8EncodingForm.DecodeMinimalWellFormedCodeUnitSubsequence(m), "\n";
  var w := Utf16EncodingForm.EncodeScalarValue(0x1F600);
  print w, " ", Utf16EncodingForm.DecodeMinimalWellFormedCodeUnitSubsequence(w), "\n";
  print Utf8EncodingForm.IsMinimalWellFormedCodeUnitSubsequence([0xC3, 0xA9]), " ";
  print Utf8EncodingForm.IsMinimalWellFormedCodeUnitSubsequence([0xC3]), " ";
  print Utf16EncodingForm.IsMinimalWellFormedCodeUnitSubsequence([0xD83D]), "\n";

  var split := Utf8EncodingForm.SplitPrefixMinimalWellFormedCodeUnitSubsequence([0xC3, 0xA9, 0x41]);
  print split.Some?, " ", split.value, "\n";
  var s := Utf8EncodingForm.EncodeScalarSequence([0x41, 0x3A9, 0x1F600]);
  print s, "\n";
  print Utf8EncodingForm.PartitionCodeUnitSequence(s), "\n";
  print Utf8EncodingForm.DecodeCodeUnitSequence(s), "\n";
  var c := Concat(s, Utf8EncodingForm.EncodeScalarSequence([0x42]));
  var d := Utf8EncodingForm.DecodeCodeUnitSequenceChecked(c);
  print c, " ", d.Success?, " ", d.value, "\n";
  var bad := Utf8EncodingForm.PartitionCodeUnitSequenceChecked([0x41, 0xFF, 0x42]);
  print bad.Failure?, " ", if bad.Failure? then bad.error else [], " ", Utf8EncodingForm.DecodeErrorMessage(1), "\n";
  print Utf16EncodingForm.IsWellFormedCodeUnitSequence([0xD83D, 0xDE00]), " ";
  print Utf16EncodingForm.IsWellFormedCodeUnitSequence([0xDE00, 0xD83D]), "\n";

  var bytes := Utf8EncodingScheme.Serialize(s);
  Utf8EncodingScheme.LemmaSerializeDeserialize(s);
  assert Utf8EncodingScheme.Deserialize(bytes) == s;
  print bytes, " ", Utf8EncodingScheme.Deserialize(bytes) == s, "\n";

  var u := Utf32EncodingForm.EncodeScalarSequence([0x41, 0x1F600]);
  var back := Utf32EncodingForm.DecodeCodeUnitSequenceChecked(u);
  print u, " ", back.Success?, " ", back.value, "\n";
  print Utf32EncodingForm.IsWellFormedCodeUnitSequence([]), "\n";

  print UnicodeStringsWithUnicodeChar.CharAsUnicodeScalarValue('€'), " ";
  print UnicodeStringsWithUnicodeChar.CharFromUnicodeScalarValue(0x3A9), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 6 verified, 0 errors
// CHECK: 55296 56319 56320 57343
// CHECK: 128512 55357 true false
// CHECK: [226, 130, 172] 8364
// CHECK: [55357, 56832] 128512
// CHECK: true false false
// CHECK: true [195, 169]
// CHECK: [65, 206, 169, 240, 159, 152, 128]
// CHECK: [[65], [206, 169], [240, 159, 152, 128]]
// CHECK: [65, 937, 128512]
// CHECK: [65, 206, 169, 240, 159, 152, 128, 66] true [65, 937, 128512, 66]
// CHECK: true [255, 66] Could not decode byte at index 1
// CHECK: true false
// CHECK: [65, 206, 169, 240, 159, 152, 128] true
// CHECK: [65, 128512] true [65, 128512]
// CHECK: true
// CHECK: 8364 'Ω'
