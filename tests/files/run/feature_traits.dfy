// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Traits; Collections with trait element types; Taking an array's length.
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings feature_traits.dfy (it verifies there).
trait Shape {
  function Area(): int
    reads this
  method Name() returns (s: string)
}

class Square extends Shape {
  var side: int
  constructor (s: int) { side := s; }
  function Area(): int reads this { side * side }
  method Name() returns (s: string) { s := "square"; }
}

class Rect extends Shape {
  var w: int
  var h: int
  constructor (w: int, h: int) { this.w := w; this.h := h; }
  function Area(): int reads this { w * h }
  method Name() returns (s: string) { s := "rect"; }
}

method Main() {
  var sq := new Square(3);
  var re := new Rect(2, 5);
  var shapes: seq<Shape> := [sq, re];
  var total := 0;
  for i := 0 to |shapes| {
    var n := shapes[i].Name();
    print n, " ", shapes[i].Area(), "\n";
    total := total + shapes[i].Area();
  }
  print total, "\n";
  var set_of_shapes: set<Shape> := set s | s in shapes;
  print |set_of_shapes|, "\n";
  var a := new int[7];
  print a.Length, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: square 9
// CHECK: rect 10
// CHECK: 19
// CHECK: 2
// CHECK: 7
