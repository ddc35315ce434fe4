// RUN: run --show-snippets false
// Body-less generic instance members of traits, which the classes below them implement. C++
// has no virtual member templates: the trait's member is a template that dispatches on the
// object's class among those that give it a body (backend/README.md, "Generic members of
// traits"). Expected output checked against Dafny 4.11 (`dafny run --no-verify`).
trait Shape {
  function Name(): string
  function Tag<U>(u: U, n: int): (string, U, int)
  method Show<A, B>(a: A, b: B) returns (r: (B, A), count: int)
  method Echo<U>(u: U)
}

class Square extends Shape {
  const side: int
  constructor(side: int) { this.side := side; }
  function Name(): string { "square" }
  function Tag<U>(u: U, n: int): (string, U, int) { ("sq", u, n + side) }
  method Show<A, B>(a: A, b: B) returns (r: (B, A), count: int) {
    r := (b, a);
    count := 2;
  }
  method Echo<X>(x: X) { print "square echoes ", x, "\n"; }
}

// A trait that implements the members for the classes below it.
trait Round extends Shape {
  function Tag<U>(u: U, n: int): (string, U, int) { (Name(), u, n * 2) }
  method Show<A, B>(a: A, b: B) returns (r: (B, A), count: int) {
    r := (b, a);
    count := 1;
  }
  method Echo<U>(u: U) { print Name(), " echoes ", u, "\n"; }
}

class Circle extends Round {
  constructor() {}
  function Name(): string { "circle" }
}

class Ellipse extends Round {
  constructor() {}
  function Name(): string { "ellipse" }
}

// A generic trait whose generic member classes implement at different instantiations.
trait Store<T> {
  function Pick<U>(t: T, u: U): (T, U)
}

class IntStore extends Store<int> {
  constructor() {}
  function Pick<U>(t: int, u: U): (int, U) { (t + 1, u) }
}

class BoolStore extends Store<bool> {
  constructor() {}
  function Pick<U>(t: bool, u: U): (bool, U) { (!t, u) }
}

method Use(s: Shape) {
  print s.Tag(true, 3), " ", s.Tag("x", 4), " ", s.Tag([1, 2], 5), "\n";
  var r, c := s.Show(1, 'z');
  print r, " ", c, "\n";
  s.Echo({3});
}

method Main() {
  var sq := new Square(10);
  var ci := new Circle();
  var el := new Ellipse();
  var shapes: seq<Shape> := [sq, ci, el];
  for i := 0 to |shapes| {
    Use(shapes[i]);
  }
  // Through the class itself, without dispatch.
  print sq.Tag(0.5, 1), "\n";
  var a: Store<int> := new IntStore();
  var b: Store<bool> := new BoolStore();
  print a.Pick(1, "one"), " ", b.Pick(true, 2), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 15 verified, 0 errors
// CHECK: (['s', 'q'], true, 13) (['s', 'q'], ['x'], 14) (['s', 'q'], [1, 2], 15)
// CHECK: ('z', 1) 2
// CHECK: square echoes {3}
// CHECK: (['c', 'i', 'r', 'c', 'l', 'e'], true, 6) (['c', 'i', 'r', 'c', 'l', 'e'], ['x'], 8) (['c', 'i', 'r', 'c', 'l', 'e'], [1, 2], 10)
// CHECK: ('z', 1) 1
// CHECK: circle echoes {3}
// CHECK: (['e', 'l', 'l', 'i', 'p', 's', 'e'], true, 6) (['e', 'l', 'l', 'i', 'p', 's', 'e'], ['x'], 8) (['e', 'l', 'l', 'i', 'p', 's', 'e'], [1, 2], 10)
// CHECK: ('z', 1) 1
// CHECK: ellipse echoes {3}
// CHECK: (['s', 'q'], 0.5, 11)
// CHECK: (2, ['o', 'n', 'e']) (false, 2)
