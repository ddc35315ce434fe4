// RUN: run --no-verify --standard-libraries true
// Std.Unicode: UTF-8 and UTF-16 encoding and decoding. Expected output recorded from Dafny 4.11
// (`dafny run --no-verify --standard-libraries true`, with Dafny's own standard library).
import opened Std.BoundedInts
import Std.Unicode.UnicodeStringsWithUnicodeChar
import Std.Unicode.Utf8EncodingForm

method Main() {
  print Utf8EncodingForm.EncodeScalarValue(0x41), " ", Utf8EncodingForm.EncodeScalarValue(0x3A9), "\n";
  print Utf8EncodingForm.EncodeScalarValue(0x20AC), " ", Utf8EncodingForm.EncodeScalarValue(0x1F600), "\n";
  var s := "aΩ€😀";
  var bytes := UnicodeStringsWithUnicodeChar.ToUTF8Checked(s).value;
  print |s|, " ", |bytes|, " ", bytes, "\n";
  var back := UnicodeStringsWithUnicodeChar.FromUTF8Checked(bytes);
  print back.Success?, " ", back.value == s, " ", back.value, "\n";
  var bad: seq<uint8> := [0x61, 0x62, 0xC0, 0x80];
  var r := UnicodeStringsWithUnicodeChar.FromUTF8Checked(bad);
  print r.Failure?, " ", r.error, "\n";
  var truncated := UnicodeStringsWithUnicodeChar.FromUTF8Checked(bytes[..|bytes| - 1]);
  print truncated.Failure?, " ", truncated.error, "\n";
  print UnicodeStringsWithUnicodeChar.ASCIIToUTF8("Hi!"), "\n";
  print Utf8EncodingForm.IsWellFormedCodeUnitSequence([0xED, 0xA0, 0x80]), " ";
  print Utf8EncodingForm.IsWellFormedCodeUnitSequence([0xF4, 0x8F, 0xBF, 0xBF]), "\n";
  var w := UnicodeStringsWithUnicodeChar.ToUTF16Checked(s).value;
  print |w|, " ", w, "\n";
  var back16 := UnicodeStringsWithUnicodeChar.FromUTF16Checked(w);
  print back16.Success?, " ", back16.value == s, "\n";
  var lone: seq<uint16> := [0x61, 0xDC00];
  print UnicodeStringsWithUnicodeChar.FromUTF16Checked(lone).error, "\n";
  print UnicodeStringsWithUnicodeChar.ASCIIToUTF16("ok"), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: [65] [206, 169]
// CHECK: [226, 130, 172] [240, 159, 152, 128]
// CHECK: 4 10 [97, 206, 169, 226, 130, 172, 240, 159, 152, 128]
// CHECK: true true aΩ€😀
// CHECK: true Could not decode byte at index 2
// CHECK: true Could not decode byte at index 6
// CHECK: [72, 105, 33]
// CHECK: false true
// CHECK: 5 [97, 937, 8364, 55357, 56832]
// CHECK: true true
// CHECK: Could not decode byte at index 1
// CHECK: [111, 107]
