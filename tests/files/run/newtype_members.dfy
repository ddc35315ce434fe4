// RUN: run --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run newtype_members.dfy.
// Members of newtypes compile to static members of a struct named after the newtype, which take
// the value as `self`: functions, methods, instance and static consts, recursion on another
// value of the newtype, members of a newtype over int and over a native integer.
newtype u8 = x | 0 <= x < 256 {
  const Half: int := this as int / 2
  static const Max: u8 := 255
  function Double(): int { this as int * 2 }
  predicate Small() { this < 10 }
  function Inc(): u8 requires this < 255 { this + 1 }
  method Twice() returns (r: int) ensures r == Double() { r := this as int + this as int; }
  method Split() returns (hi: u8, lo: u8) { hi := this / 16; lo := this % 16; }
  function Count(): nat decreases this { if this == 0 then 0 else 1 + (this - 1).Count() }
  function Sum(acc: int): int decreases this { if this == 0 then acc else (this - 1).Sum(acc + 1) }
  function Plus(n: u8): u8 requires this as int + n as int < 256 { this + n }
  predicate Bigger(other: u8) { other < this && other.Small() }
}
newtype Even = x: int | x % 2 == 0 witness 0 {
  function Half(): int { this as int / 2 }
  function Next(): Even { this + 2 }
}
method Main() {
  var x: u8 := 5;
  print x.Double(), " ", x.Small(), " ", x.Inc(), " ", x.Count(), " ", u8.Max, " ", x.Half, "\n";
  var t := x.Twice();
  var hi, lo := u8.Max.Split();
  print t, " ", hi, " ", lo, " ", x.Plus(7), " ", u8.Max.Bigger(x), " ", x.Bigger(u8.Max), "\n";
  var e: Even := 10;
  print e.Half(), " ", e.Next().Next(), " ", (e + 4).Half(), "\n";
  print u8.Max.Count(), " ", u8.Max.Sum(1000), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 14 verified, 0 errors
// CHECK: 10 true 6 5 255 2
// CHECK: 10 15 15 12 true false
// CHECK: 5 14 7
// CHECK: 255 1255
