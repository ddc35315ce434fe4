// RUN: run --no-verify --show-snippets false %s extern_member_named_as_class_impl.h
// An {:extern} class with an {:extern} method named as the class (as Std.Concurrent's Lock has
// Lock): C++ reserves the class's name for constructors, so dfyc calls it Bell_() (and C#, as
// Dafny compiles it, __Bell). Expected output recorded from Dafny 4.11 (C# target):
//   dafny run --no-verify extern_member_named_as_class.dfy --input extern_member_named_as_class_impl.cs
module Chimes {
  class {:extern} Bell {
    constructor {:extern} ()
    method {:extern} Bell() returns (rings: int)
    method {:extern} Rings() returns (n: int)
  }

  method Main() {
    var b := new Bell();
    var first := b.Bell();
    var second := b.Bell();
    var n := b.Rings();
    print first, " ", second, " ", n, "\n";
  }
}
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 1 2 2
