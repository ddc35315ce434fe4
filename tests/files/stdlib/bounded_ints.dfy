// RUN: run --no-verify --standard-libraries true
// Std.BoundedInts: the machine-integer newtypes and constants. Expected output recorded from
// Dafny 4.11 (`dafny run --no-verify --standard-libraries true`, with Dafny's own library).
import opened Std.BoundedInts

method Main() {
  // UINT8_MAX and the other *_MIN/*_MAX constants are left out: dfyc's C++ names them as
  // <cstdint> does its macros (stdlib/README.md).
  var b: uint8 := 0xFF;
  var w: uint32 := 0xFFFF_FFFF;
  var n: int64 := -0x8000_0000_0000_0000;
  print b, " ", w, " ", n, " ", NAT32_MAX, " ", NAT64_MAX, "\n";
  print TWO_TO_THE_8, " ", TWO_TO_THE_32, " ", TWO_TO_THE_64, " ", TWO_TO_THE_128, "\n";
  var bs: bytes := [0, 1, 0xFF];
  var sum: int := 0;
  for i := 0 to |bs| {
    sum := sum + bs[i] as int;
  }
  print |bs|, " ", sum, "\n";
  var x: uint64 := 0x1_0000_0000;
  print x * 0xFFFF, " ", (x - 1) as int, "\n";
  var m: int32 := -7;
  print m / 2, " ", m % 2, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 255 4294967295 -9223372036854775808 2147483647 9223372036854775807
// CHECK: 256 4294967296 18446744073709551616 340282366920938463463374607431768211456
// CHECK: 3 256
// CHECK: 281470681743360 4294967295
// CHECK: -4 1
