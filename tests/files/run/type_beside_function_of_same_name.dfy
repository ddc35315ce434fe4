// RUN: run --no-verify
// A module-level function does not hide, in types, a type of the same name that an opened
// module declares (functions are members of Dafny's default class, types are top-level
// declarations). Expected output checked against Dafny 4.11.
module A {
  datatype T = T0 | T1
  type Pair = (int, int)
}

module B {
  import opened A
  function T(t: T): int { if t == T0 then 0 else 1 }
  function Pair(p: Pair): int { p.0 + p.1 }
  method Main() {
    var t: T := T1;
    print T(T0), " ", T(t), " ", Pair((3, 4)), "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 0 1 7
