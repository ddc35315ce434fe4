// RUN: run --no-verify --standard-libraries true
// Std.Strings: numbers to decimal strings and back. Expected output recorded from Dafny 4.11
// (`dafny run --no-verify --standard-libraries true`, with Dafny's own standard library).
import opened Std.Strings

method Main() {
  print OfNat(0), " ", OfNat(7), " ", OfNat(1234567890), "\n";
  print OfInt(-42), " ", OfInt(0), " ", OfInt(100000000000000000000), "\n";
  print ToNat("0"), " ", ToNat("00123"), " ", ToNat(""), "\n";
  print ToInt("-987"), " ", ToInt("55"), "\n";
  print ToInt(OfInt(-31415926535)) == -31415926535, "\n";
  print OfBool(true), " ", OfBool(false), " ", OfChar('x'), "\n";
  print EscapeQuotes("say \"hi\" 'now'"), "\n";
  var u := UnescapeQuotes("a\\\"b");
  print u.Some?, " ", u.value, "\n";
  print UnescapeQuotes("trailing\\").None?, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 0 7 1234567890
// CHECK: -42 0 100000000000000000000
// CHECK: 0 123 0
// CHECK: -987 55
// CHECK: true
// CHECK: true false x
// CHECK: say \"hi\" \'now\'
// CHECK: true a"b
// CHECK: true
