// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Unbounded integers.
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings feature_unbounded_integers.dfy (it verifies there).
function Fact(n: nat): nat { if n == 0 then 1 else n * Fact(n - 1) }

method Main() {
  var big: int := Fact(30);
  print big, "\n";
  print big / 7, " ", big % 1000007, " ", -big / 13, " ", -big % 13, "\n";
  print 9223372036854775807 + 1, " ", -9223372036854775808 - 1, "\n";
  print (-7) / 2, " ", (-7) % 2, " ", 7 / -2, " ", 7 % -2, "\n";
  var x := 1;
  var i := 0;
  while i < 100 {
    x := x * 3;
    i := i + 1;
  }
  print x, " ", x == Fact(1) * x, " ", x > big, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 265252859812191058636308480000000
// CHECK: 37893265687455865519472640000000 790627 -20404066139399312202792960000000 0
// CHECK: 9223372036854775808 -9223372036854775809
// CHECK: -4 1 -3 1
// CHECK: 515377520732011331036461129765621272702107522001 true true
