// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row(s): Type test expressions (`x is T`), instantiating the `object` type, and
// bitvector RotateLeft/RotateRight functions.
// Expected output recorded from Dafny 4.11: dafny run --no-verify feature_type_tests.dfy.
trait Shape { function Name(): string }
class Circle extends Shape { constructor() { } function Name(): string { "circle" } }
class Square extends Shape { constructor() { } function Name(): string { "square" } }

predicate IsCircle(s: Shape) { s is Circle }

method Describe(s: Shape) {
  print s.Name(), ": ", s is Circle, " ", s is Square, "\n";
}

method Main() {
  var c := new Circle();
  var q := new Square();
  Describe(c);
  Describe(q);
  var circles := 0;
  var shapes: seq<Shape> := [c, q, c];
  for i := 0 to |shapes| {
    if IsCircle(shapes[i]) { circles := circles + 1; }
  }
  print circles, " circles\n";
  var o: object? := null;
  print o is Circle?, "\n";
  o := c;
  print o is Circle, " ", o is Square, " ", o is Shape, "\n";
  var a := new object;
  var b := new object;
  var a2 := a;
  print a == b, " ", a == a2, "\n";
  var x: bv8 := 0x81;
  print x.RotateLeft(1), " ", x.RotateRight(1), " ", x.RotateLeft(8), " ", x.RotateRight(3), "\n";
  var w: bv32 := 0xF000_0001;
  print w.RotateLeft(4), " ", w.RotateRight(4), "\n";
  var y: bv5 := 19;
  print y.RotateLeft(2), " ", y.RotateRight(2), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: circle: true false
// CHECK: square: false true
// CHECK: 2 circles
// CHECK: true
// CHECK: true false true
// CHECK: false true
// CHECK: 3 192 129 48
// CHECK: 31 520093696
// CHECK: 14 28
