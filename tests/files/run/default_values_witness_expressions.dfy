// RUN: run --no-verify
// Default values of subset types and newtypes whose witness is an expression other than a
// literal (a call, a constant, a display, arithmetic): Dafny's compilers start such a value at
// the witness, in array elements and locals, also when the type is declared in another
// module. Expected output checked against Dafny 4.11. (Not yet in class fields a constructor
// leaves alone: dfyc gives them the base type's default, backend/README.md.)
module Lib {
  function Seven(): int { 7 }
  const Base: int := 40
  type Pos = x: int | x > 0 witness Seven()
  type Big = x: int | x > 10 witness Base + 2
  type NonEmpty = s: seq<int> | |s| > 0 witness [Seven(), 1]
  newtype Odd = x: int | x % 2 == 1 witness Seven() * 3
}

module Client {
  import opened Lib

  method Main() {
    var a := new Pos[2];
    print a[0], " ", a[1], "\n";
    var o := new Odd[1];
    print o[0], "\n";
    var p: Pos;
    var b: Big;
    print p, " ", b, "\n";
    var ss := new NonEmpty[1];
    print ss[0], "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 7 7
// CHECK: 21
// CHECK: 7 42
// CHECK: [7, 1]
