// RUN: run --show-snippets false
// Body-less generic instance members of traits implemented in generic classes and traits
// (`class Cell<T> extends Shape`): the trait's member tries each instantiation whose objects
// the program allocates (`new Cell<int>(..)`, or a class extending `Mid<char>`)
// (backend/README.md, "Generic members of traits"). Also a generic trait's member
// implemented by generic classes, and a class that allocates its own instantiation.
// Expected output checked against Dafny 4.11 (`dafny run --no-verify`).
trait Shape {
  function Name(): string
  function Tag<U>(u: U, n: int): (string, U, int)
  method Echo<U>(u: U) returns (s: seq<U>)
}

class Cell<T> extends Shape {
  const t: T
  constructor(t: T) { this.t := t; }
  method Clone() returns (c: Cell<T>) { c := new Cell<T>(t); }
  function Name(): string { "cell" }
  function Tag<U>(u: U, n: int): (string, U, int) { ("cell", u, n + 1) }
  method Echo<U>(u: U) returns (s: seq<U>) { print "cell of ", t, " echoes ", u, "\n"; s := [u, u]; }
}

trait Mid<K> extends Shape {
  function Key(): K
  function Tag<U>(u: U, n: int): (string, U, int) { (Name(), u, n * 2) }
  method Echo<U>(u: U) returns (s: seq<U>) { print Name(), " keyed ", Key(), " echoes ", u, "\n"; s := [u]; }
}

class Leaf extends Mid<char> {
  constructor() {}
  function Name(): string { "leaf" }
  function Key(): char { 'k' }
}

class Pair<A, B> extends Mid<A> {
  const a: A
  const b: B
  constructor(a: A, b: B) { this.a := a; this.b := b; }
  function Name(): string { "pair" }
  function Key(): A { a }
}

class Plain extends Shape {
  constructor() {}
  function Name(): string { "plain" }
  function Tag<U>(u: U, n: int): (string, U, int) { ("plain", u, n) }
  method Echo<U>(u: U) returns (s: seq<U>) { s := []; }
}

trait Store<T> {
  function Pick<U>(t: T, u: U): (T, U)
}

class Box<X> extends Store<int> {
  const x: X
  constructor(x: X) { this.x := x; }
  function Pick<U>(t: int, u: U): (int, U) { (t + 1, u) }
}

class Gen<X> extends Store<X> {
  constructor() {}
  function Pick<U>(t: X, u: U): (X, U) { (t, u) }
}

method Use(s: Shape) {
  print s.Name(), ": ", s.Tag(true, 3), " ", s.Tag("x", 4), "\n";
  var e := s.Echo(7);
  print e, "\n";
}

method Main() {
  var c1 := new Cell(5);
  var c2 := new Cell<string>("s");
  var l := new Leaf();
  var p := new Pair(1.5, false);
  var q := new Pair<int, int>(3, 4);
  var pl := new Plain();
  var shapes: seq<Shape> := [c1, c2, l, p, q, pl];
  for i := 0 to |shapes| {
    Use(shapes[i]);
  }
  print c1.Tag('c', 0), "\n";
  var c3 := c2.Clone();
  Use(c3);
  var s1: Store<int> := new Box(true);
  var s2: Store<int> := new Gen<int>();
  var s3: Store<bool> := new Gen();
  print s1.Pick(1, "one"), " ", s2.Pick(2, "two"), " ", s3.Pick(true, 3), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 20 verified, 0 errors
// CHECK: cell: (['c', 'e', 'l', 'l'], true, 4) (['c', 'e', 'l', 'l'], ['x'], 5)
// CHECK: cell of 5 echoes 7
// CHECK: [7, 7]
// CHECK: cell: (['c', 'e', 'l', 'l'], true, 4) (['c', 'e', 'l', 'l'], ['x'], 5)
// CHECK: cell of ['s'] echoes 7
// CHECK: [7, 7]
// CHECK: leaf: (['l', 'e', 'a', 'f'], true, 6) (['l', 'e', 'a', 'f'], ['x'], 8)
// CHECK: leaf keyed 'k' echoes 7
// CHECK: [7]
// CHECK: pair: (['p', 'a', 'i', 'r'], true, 6) (['p', 'a', 'i', 'r'], ['x'], 8)
// CHECK: pair keyed 1.5 echoes 7
// CHECK: [7]
// CHECK: pair: (['p', 'a', 'i', 'r'], true, 6) (['p', 'a', 'i', 'r'], ['x'], 8)
// CHECK: pair keyed 3 echoes 7
// CHECK: [7]
// CHECK: plain: (['p', 'l', 'a', 'i', 'n'], true, 3) (['p', 'l', 'a', 'i', 'n'], ['x'], 4)
// CHECK: []
// CHECK: (['c', 'e', 'l', 'l'], 'c', 1)
// CHECK: cell: (['c', 'e', 'l', 'l'], true, 4) (['c', 'e', 'l', 'l'], ['x'], 5)
// CHECK: cell of ['s'] echoes 7
// CHECK: [7, 7]
// CHECK: (2, ['o', 'n', 'e']) (2, ['t', 'w', 'o']) (true, 3)
