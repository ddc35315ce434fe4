// RUN: run --standard-libraries true --show-snippets false
// Std.Unicode's bit-vector API as a Dafny user writes against it: code points and scalar values
// are bv24, UTF-8 code units bv8 and UTF-16 code units bv16. A string is encoded and decoded with
// Utf8EncodingForm and Utf16EncodingForm, its code units printed, taken apart with bit
// operations and serialized with Utf8EncodingScheme. Expected output checked against Dafny 4.11
// (`dafny run --no-verify --standard-libraries true`, with Dafny's own library).
import opened Std.Wrappers
import opened Std.Unicode.Base
import Std.Unicode.Utf8EncodingForm
import Std.Unicode.Utf16EncodingForm
import Std.Unicode.Utf8EncodingScheme
import Std.Unicode.UnicodeStringsWithUnicodeChar

method Units(s: string) returns (vs: seq<ScalarValue>)
  ensures |vs| == |s|
{
  vs := [];
  for i := 0 to |s|
    invariant |vs| == i
  {
    vs := vs + [UnicodeStringsWithUnicodeChar.CharAsUnicodeScalarValue(s[i])];
  }
}

method PrintHex8(units: seq<bv8>) {
  var digits := "0123456789ABCDEF";
  for i := 0 to |units| {
    var u := units[i];
    print if i == 0 then "" else " ", [digits[(u >> 4) as int], digits[(u & 0xF) as int]];
  }
  print "\n";
}

method Main() {
  var s := "A\U{E9}\U{20AC}\U{1F600}";
  var vs := Units(s);
  print vs, "\n";

  // UTF-8: one to four bv8 code units per scalar value.
  var utf8: Utf8EncodingForm.WellFormedCodeUnitSeq := Utf8EncodingForm.EncodeScalarSequence(vs);
  print |utf8|, " ", utf8, "\n";
  expect |utf8| == 10;
  PrintHex8(utf8);
  var lead: bv8 := utf8[1];
  print lead & 0xE0 == 0xC0, " ", (((lead & 0x1F) as bv24) << 6) | ((utf8[2] & 0x3F) as bv24) == vs[1], "\n";
  var back8 := Utf8EncodingForm.DecodeCodeUnitSequenceChecked(utf8);
  print back8.Success?, " ", back8 == Success(vs), "\n";

  // UTF-16: a surrogate pair for the scalar value above 0xFFFF.
  var utf16: Utf16EncodingForm.WellFormedCodeUnitSeq := Utf16EncodingForm.EncodeScalarSequence(vs);
  print |utf16|, " ", utf16, "\n";
  expect |utf16| == 5;
  var high: bv16 := utf16[3];
  var low: bv16 := utf16[4];
  print high >= 0xD800 && high <= 0xDBFF, " ", low >= 0xDC00 && low <= 0xDFFF, "\n";
  var v: bv24 := 0x10000 + ((((high & 0x3FF) as bv24) << 10) | ((low & 0x3FF) as bv24));
  print v, " ", v == vs[3], "\n";
  var back16 := Utf16EncodingForm.DecodeCodeUnitSequenceChecked(utf16);
  print back16.Success?, " ", back16 == Success(vs), "\n";

  // Single scalar values, both ways.
  var sv: ScalarValue := 0x20AC;
  var m8 := Utf8EncodingForm.EncodeScalarValue(sv);
  var m16 := Utf16EncodingForm.EncodeScalarValue(sv);
  print m8, " ", m16, " ", Utf8EncodingForm.DecodeMinimalWellFormedCodeUnitSubsequence(m8), "\n";

  // Ill-formed input: a lone low surrogate, a truncated UTF-8 sequence.
  var bad16 := Utf16EncodingForm.DecodeCodeUnitSequenceChecked([0x41, 0xDC00, 0x42]);
  print bad16.Failure?, " ", Utf8EncodingForm.IsWellFormedCodeUnitSequence([0xE2, 0x82]), "\n";
  if bad16.Failure? {
    print bad16.error, "\n";
  }

  // UTF-8 code units to bytes (uint8) and back.
  var bytes := Utf8EncodingScheme.Serialize(utf8);
  print bytes, " ", Utf8EncodingScheme.Deserialize(bytes) == utf8, "\n";

  // Base's constants and types.
  var hi: HighSurrogateCodePoint := HIGH_SURROGATE_MIN;
  var cp: CodePoint := 0x10FFFF;
  print hi, " ", LOW_SURROGATE_MAX, " ", cp >> 16, " ", IsInAssignedPlane(0x1F600), " ", IsInAssignedPlane(0x50000), "\n";
  print UnicodeStringsWithUnicodeChar.CharFromUnicodeScalarValue(vs[3]) == s[3], "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 3 verified, 0 errors
// CHECK: [65, 233, 8364, 128512]
// CHECK: 10 [65, 195, 169, 226, 130, 172, 240, 159, 152, 128]
// CHECK: 41 C3 A9 E2 82 AC F0 9F 98 80
// CHECK: true true
// CHECK: true true
// CHECK: 5 [65, 233, 8364, 55357, 56832]
// CHECK: true true
// CHECK: 128512 true
// CHECK: true true
// CHECK: [226, 130, 172] [8364] 8364
// CHECK: true false
// CHECK: Could not decode byte at index 1
// CHECK: [65, 195, 169, 226, 130, 172, 240, 159, 152, 128] true
// CHECK: 55296 57343 16 true false
// CHECK: true
