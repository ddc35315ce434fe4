// RUN: run --no-verify --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run forall_statements.dfy (it verifies there;
// dfyc's verifier does not handle assignments in forall statements yet). Every location and
// value is computed before any is written; a forall with ensures is a proof and erased.
class Cell {
  var v: int
  constructor (v: int) { this.v := v; }
}

lemma Square(n: int)
  ensures n * n >= 0
{
}

method Main()
{
  var a := new int[5](i => i * 10);
  forall i | 0 <= i < a.Length - 1 {
    a[i] := a[i + 1];
  }
  print a[..], "\n";
  var m := new int[2, 3];
  forall i, j | 0 <= i < 2 && 0 <= j < 3 {
    m[i, j] := i * 3 + j;
  }
  print m[0, 0], " ", m[1, 2], "\n";
  var c1 := new Cell(1);
  var c2 := new Cell(2);
  var cells := {c1, c2};
  forall c | c in cells {
    c.v := c.v + 100;
  }
  print c1.v, " ", c2.v, "\n";
  forall n: int | 0 <= n < 10 ensures n * n >= 0 {
    Square(n);
  }
  forall k | k in [2, 4] {
    a[k] := 7;
  }
  print a[..], "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: [10, 20, 30, 40, 40]
// CHECK: 0 5
// CHECK: 101 102
// CHECK: [10, 20, 7, 40, 7]
