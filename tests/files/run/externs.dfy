// RUN: run --no-verify --show-snippets false %s externs_impl.h externs_impl.cpp
// Expected output recorded from Dafny 4.11 (C# target), with externs_impl.cs as the externs:
//   dafny run --no-verify externs.dfy --input externs_impl.cs
newtype uint8 = x: int | 0 <= x < 256
newtype uint32 = x: int | 0 <= x < 0x1_0000_0000

// Implemented in C++ by externs_impl.h and externs_impl.cpp (and in C# by externs_impl.cs).
method {:extern} Greet(name: string) returns (length: int)
function {:extern "SquarePlusOne"} Square(x: int): int
method {:extern} Checksum(data: seq<uint8>) returns (sum: uint32)
method {:extern} Reversed(data: seq<bv8>) returns (r: seq<bv8>)

module {:extern "native_clock"} Clock {
  method {:extern} Ticks(n: int) returns (t: int)
  function Twice(x: int): int { 2 * x }
}

class {:extern} Counter {
  constructor {:extern} (start: int)
  method {:extern} Inc()
  function {:extern} Get(): int
}

method Main() {
  var n := Greet("dfyc");
  print n, " ", Square(7), "\n";
  var sum := Checksum([1, 2, 3, 250]);
  print sum, "\n";
  var r := Reversed([1, 2, 0xFF]);
  print r, "\n";
  var t := Clock.Ticks(5);
  print t, " ", Clock.Twice(t), "\n";
  var c := new Counter(10);
  c.Inc();
  c.Inc();
  print c.Get(), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: hello, dfyc
// CHECK: 4 50
// CHECK: 32056
// CHECK: [255, 2, 1]
// CHECK: 5000 10000
// CHECK: 12
