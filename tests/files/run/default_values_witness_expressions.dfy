// RUN: run --no-verify
// Default values of subset types and newtypes whose witness is an expression other than a
// literal (a call, a constant, a display, arithmetic): Dafny's compilers start such a value at
// the witness, in array elements, locals, fields a constructor leaves alone and consts without
// a value, also when the type is declared in another module or is generic. dfyc computes it
// with the type's witness function (`Lib::_witness_Pos()`), declared before the classes.
// Expected output checked against Dafny 4.11.
module Lib {
  function Seven(): int { 7 }
  const Base: int := 40
  type Pos = x: int | x > 0 witness Seven()
  type Big = x: int | x > 10 witness Base + 2
  type NonEmpty = s: seq<int> | |s| > 0 witness [Seven(), 1]
  newtype Odd = x: int | x % 2 == 1 witness Seven() * 3
  function Nothing<T>(): seq<T> { [] }
  type Pair<T(0)> = s: seq<T> | |s| <= 2 witness Nothing()
  type Bounded<T> = s: seq<T> | |s| <= 3 witness []
  newtype Byte = x: int | 0 <= x < 256 witness Seven() + 1
}

module Client {
  import opened Lib

  class Cell {
    var p: Pos
    var b: Big
    var s: NonEmpty
    var o: Odd
    var y: Byte
    const k: Pos
    static const sk: Big
    constructor () {}
  }

  class Box<T(0)> {
    var pair: Pair<T>
    var bounded: Bounded<T>
    constructor () {}
  }

  datatype D = D(n: int) {
    const dk: Pos
  }

  const top: Pos
  const topOdd: Odd

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
    var c := new Cell();
    print c.p, " ", c.b, " ", c.s, " ", c.o, " ", c.y, " ", c.k, " ", Cell.sk, "\n";
    var bx := new Box<int>();
    print bx.pair, " ", bx.bounded, "\n";
    var d := D(1);
    print d.dk, " ", top, " ", topOdd, "\n";
    var bytes := new Byte[2];
    print bytes[1], "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 7 7
// CHECK: 21
// CHECK: 7 42
// CHECK: [7, 1]
// CHECK: 7 42 [7, 1] 21 8 7 42
// CHECK: [] []
// CHECK: 7 7 21
// CHECK: 8
