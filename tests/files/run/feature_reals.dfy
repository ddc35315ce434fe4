// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Real numbers.
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings feature_reals.dfy (it verifies there).
method Main() {
  var a: real := 1.5;
  var b := 2.25;
  print a + b, " ", a - b, " ", a * b, " ", a / b, "\n";
  print 1.0 / 3.0, " ", (1.0 / 3.0) * 3.0 == 1.0, "\n";
  print a < b, " ", a.Floor, " ", (-a).Floor, " ", b.Floor, "\n";
  print 10 as real, " ", -0.5, " ", 0.1 + 0.2 == 0.3, "\n";
  print 123456789012345678901234567890.5 * 2.0, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 3.75 -0.75 3.375 (1500.0 / 2250.0)
// CHECK: (1.0 / 3.0) true
// CHECK: true 1 -2 2
// CHECK: 10.0 -0.5 true
// CHECK: 246913578024691357802469135781.0
