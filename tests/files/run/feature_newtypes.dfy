// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Non-native numeric newtypes.
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings feature_newtypes.dfy (it verifies there).
newtype Big = x: int | true
newtype Even = x: int | x % 2 == 0 witness 0
type Small = x: int | 0 <= x < 10

method Main() {
  var b: Big := 1000000000000;
  b := b * b;
  print b, "\n";
  var e: Even := 42;
  e := e + 8;
  print e, " ", e / 4 as Even, " ", e as int + 1, "\n";
  var s: Small := 7;
  print s, " ", s as int * 100, "\n";
  var bs: seq<Big> := [1, 2, 3];
  print bs, " ", |bs|, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 1000000000000000000000000
// CHECK: 50 12 51
// CHECK: 7 700
// CHECK: [1, 2, 3] 3
