// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Ordinals (the naturals among them, the ones a compiled program can make).
// Expected output recorded from Dafny 4.11: dafny run --no-verify feature_ordinals.dfy.
function Succ(o: ORDINAL): ORDINAL { o + 1 }

method Count(o: ORDINAL) returns (n: nat)
  requires o.IsNat
{
  n := o as int;
}

method Main() {
  var zero: ORDINAL;
  var five: ORDINAL := 5;
  var big: ORDINAL := 123456789012345678901234567890;
  print zero, " ", five, " ", Succ(five), " ", big + 1, "\n";
  print five - 2, " ", five < Succ(five), " ", five == 5, " ", zero <= five, "\n";
  print zero.IsLimit, " ", five.IsLimit, " ", five.IsSucc, " ", zero.IsSucc, " ", five.IsNat, "\n";
  print five.Offset, " ", zero.Offset, "\n";
  var n := Count(five);
  print n, " ", n as ORDINAL, " ", [five, zero], " ", {five}, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 0 5 6 123456789012345678901234567891
// CHECK: 3 true true true
// CHECK: true false true false true
// CHECK: 5 0
// CHECK: 5 5 [5, 0] {5}
