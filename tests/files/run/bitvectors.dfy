// RUN: run --no-verify --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run --no-verify bitvectors.dfy
function Mix(x: bv32): bv32 { (x << 3) | (x >> 29) }

method Main() {
  var a: bv8 := 200;
  var b: bv8 := 100;
  print a + b, " ", b - a, " ", a * b, " ", a / 3, " ", a % 3, "\n";
  print a & b, " ", a | b, " ", a ^ b, " ", !a, " ", -a, "\n";
  print a << 1, " ", a >> 3, " ", a << 8, " ", a >> 8, "\n";
  print a < b, " ", a >= b, " ", a == 200, "\n";
  var w: bv16 := 0xFFFF;
  print w + 1, " ", w * w, " ", w as int, "\n";
  var x: bv32 := 0xDEAD_BEEF;
  print x, " ", Mix(x), " ", x ^ 0xFFFF, " ", x >> 16, "\n";
  var y: bv64 := 0xFFFF_FFFF_FFFF_FFFF;
  print y, " ", y + 2, " ", y >> 63, " ", y << 64, " ", y / 10, "\n";
  var z: bv5 := 31;
  print z + 1, " ", z * 3, " ", z << 2, " ", !z, " ", -z, "\n";
  var n: bv12 := 4095;
  print n + 10, " ", n as int, "\n";
  var i: int := 1000;
  var c := i as bv16;
  print c, " ", (c as bv32) << 20, " ", c as bv8 == 0 as bv8, "\n";
  var ch := 'Z';
  var cb := ch as bv8;
  print cb, " ", (cb + 1) as char, "\n";
  var shift: bv8 := 3;
  print x << shift, " ", y >> (shift as bv64), " ", x << i / 250, "\n";
  var bytes: seq<bv8> := [1, 0xFF, 0x80];
  print bytes, "\n";
  var s: set<bv16> := {1, 2};
  print s, "\n";
  var zero: bv0 := 0;
  print zero, "\n";
  var acc: bv32 := 0;
  var k := 0;
  while k < 100 {
    acc := (acc ^ (k as bv32)) * 16777619;
    k := k + 1;
  }
  print acc, "\n";
  var t := (3 as bv8, 4 as bv64);
  print t, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 44 156 32 66 2
// CHECK: 64 236 172 55 56
// CHECK: 144 25 0 0
// CHECK: false true true
// CHECK: 0 1 65535
// CHECK: 3735928559 4117624702 3735896336 57005
// CHECK: 18446744073709551615 1 1 0 1844674407370955161
// CHECK: 0 29 28 0 1
// CHECK: 9 4095
// CHECK: 1000 1048576000 false
// CHECK: 90 '['
// CHECK: 4117624696 2305843009213693951 3940282096
// CHECK: [1, 255, 128]
// CHECK: {1, 2}
// CHECK: 0
// CHECK: 628092992
// CHECK: (3, 4)
