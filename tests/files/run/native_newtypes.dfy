// RUN: run --no-verify --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run --no-verify native_newtypes.dfy
newtype uint8 = x: int | 0 <= x < 256
newtype int8 = x: int | -128 <= x < 128
newtype uint16 = x: int | 0 <= x < 0x1_0000
newtype int16 = x: int | -0x8000 <= x < 0x8000
newtype uint32 = x: int | 0 <= x < 0x1_0000_0000
newtype int32 = x: int | -0x8000_0000 <= x < 0x8000_0000
newtype uint64 = x: int | 0 <= x < 0x1_0000_0000_0000_0000
newtype int64 = x: int | -0x8000_0000_0000_0000 <= x < 0x8000_0000_0000_0000
newtype small = x: int | 0 <= x < 1000
newtype digit = x: uint8 | x < 10
newtype Big = x: int | 0 <= x
newtype {:nativeType "long"} Forced = x: int | 0 <= x < 10

function Sum(s: seq<uint8>): int {
  if |s| == 0 then 0 else s[0] as int + Sum(s[1..])
}

method Main() {
  var a: uint8 := 200;
  var b: uint8 := 55;
  print a + b, " ", a - b, " ", a / 7, " ", a % 7, "\n";
  var c: int8 := -100;
  var d: int8 := 7;
  print c / d, " ", c % d, " ", -c, " ", c * 1, "\n";
  var e: int32 := -2147483648;
  var f: int32 := 2147483647;
  print e, " ", f, " ", e / -7, " ", e % -7, "\n";
  var g: uint64 := 18446744073709551615;
  print g, " ", g / 3, " ", g % 1000, "\n";
  var h: int64 := -9223372036854775808;
  print h, " ", h + 1, " ", h / 3, " ", h % 10, "\n";
  var s: small := 999;
  var t: digit := 9;
  print s, " ", t, " ", t as int + 1, " ", (s as int * 2) as int64, "\n";
  var bytes: seq<uint8> := [1, 2, 3, 255];
  print bytes, " ", Sum(bytes), " ", |bytes|, "\n";
  var m: map<uint16, int16> := map[1 := -1, 65535 := 32767];
  print m[65535], " ", 1 in m, "\n";
  var set1: set<uint32> := {4294967295, 0, 7};
  print |set1|, " ", 7 in set1, "\n";
  var big: Big := 12345678901234567890123;
  print big + 1, "\n";
  var fo: Forced := 9;
  print fo, "\n";
  var x: uint8 := 0;
  var i := 0;
  while i < 10 {
    x := x + 25;
    i := i + 1;
  }
  print x, " ", x < 251, " ", x == 250, "\n";
  var arr := new uint8[4];
  arr[1] := 42;
  print arr[0], " ", arr[1], " ", arr.Length, "\n";
  var ch: uint32 := 'A' as uint32;
  print ch, " ", (ch + 1) as char, "\n";
  var q := (a as int + 1000) as uint16;
  print q, "\n";
  var r: real := c as real;
  print r, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 255 145 28 4
// CHECK: -15 5 100 -100
// CHECK: -2147483648 2147483647 306783379 5
// CHECK: 18446744073709551615 6148914691236517205 615
// CHECK: -9223372036854775808 -9223372036854775807 -3074457345618258603 2
// CHECK: 999 9 10 1998
// CHECK: [1, 2, 3, 255] 261 4
// CHECK: 32767 true
// CHECK: 3 true
// CHECK: 12345678901234567890124
// CHECK: 9
// CHECK: 250 true true
// CHECK: 0 42 4
// CHECK: 65 'B'
// CHECK: 1200
// CHECK: -100.0
