// RUN: run --no-verify --standard-libraries true
// Std.Unicode on a string of 200,000 characters (1, 2 and 4 bytes in UTF-8): the compiled
// sequence-level functions loop (their `by method` bodies) where the definitions recurse once
// per scalar value, so the program does not overflow its stack. (The output is dfyc's, and
// Dafny's on this library, in about 4 minutes: stdlib/tests/check_with_dafny.py.)
import opened Std.Wrappers
import Std.Unicode.UnicodeStringsWithUnicodeChar

method Main() {
  var s := seq(200000, i => if i % 3 == 0 then 'a' else if i % 3 == 1 then '\U{E9}' else '\U{1F600}');
  var b := UnicodeStringsWithUnicodeChar.ToUTF8Checked(s);
  print b.Some?, " ", |b.value|, " ", b.value[..7], "\n";
  var back := UnicodeStringsWithUnicodeChar.FromUTF8Checked(b.value);
  print back.Success? && back.value == s, "\n";
  var w := UnicodeStringsWithUnicodeChar.ToUTF16Checked(s);
  var back16 := UnicodeStringsWithUnicodeChar.FromUTF16Checked(w.value);
  print |w.value|, " ", back16.Success? && back16.value == s, "\n";
  // A bad byte near the end is found, and named.
  var bad := UnicodeStringsWithUnicodeChar.FromUTF8Checked(b.value[..|b.value| - 1]);
  print bad.Failure?, " ", if bad.Failure? then bad.error else "", "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: true 466665 [97, 195, 169, 240, 159, 152, 128]
// CHECK: true
// CHECK: 266666 true
// CHECK: true Could not decode byte at index 466663
