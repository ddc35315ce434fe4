// RUN: run --no-verify
// Generic instance members of traits with bodies: C++ cannot make a member template virtual,
// and needs not, since no class can redeclare a member with a body; each is a member
// template of the trait's class, called through the trait or through a class that extends it
// (backend/README.md, "Generic traits"). Expected output recorded from Dafny 4.11 (`dafny run`).
trait Shape<T> {
  function Name(): string
  function Label<U>(u: U, t: T): (string, U, T) { (Name(), u, t) }
  function Repeat<U>(u: U, n: nat, acc: seq<U>): seq<U>
    decreases n
  {
    if n == 0 then acc else Repeat(u, n - 1, acc + [u])
  }
  method Describe<U>(u: U, t: T) {
    print Name(), ": ", u, " and ", t, "\n";
    var l := Label(u, t);
    print l, "\n";
  }
  function Twice<U>(f: U -> U, u: U): U { f(f(u)) }
}

trait Plain {
  function Wrap<A, B>(a: A, b: B): (B, A) { (b, a) }
}

class Square extends Shape<int>, Plain {
  constructor() {}
  function Name(): string { "square" }
}

class Circle<T> extends Shape<T> {
  const n: string
  constructor(n: string) { this.n := n; }
  function Name(): string { n }
}

method Show<T>(s: Shape<T>, t: T) {
  s.Describe(true, t);
  print s.Label('x', t), " ", s.Repeat(1, 3, []), "\n";
}

method Main() {
  var sq := new Square();
  sq.Describe("s", 4);
  print sq.Wrap(1, "one"), " ", sq.Twice((x: int) => x * 3, 2), "\n";
  print |sq.Repeat('a', 100000, [])|, "\n";
  var c := new Circle<string>("circle");
  Show(c, "t");
  Show(sq, 7);
  var p: Plain := sq;
  print p.Wrap([1], {2}), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: square: ['s'] and 4
// CHECK: (['s', 'q', 'u', 'a', 'r', 'e'], ['s'], 4)
// CHECK: (['o', 'n', 'e'], 1) 18
// CHECK: 100000
// CHECK: circle: true and ['t']
// CHECK: (['c', 'i', 'r', 'c', 'l', 'e'], true, ['t'])
// CHECK: (['c', 'i', 'r', 'c', 'l', 'e'], 'x', ['t']) [1, 1, 1]
// CHECK: square: true and 7
// CHECK: (['s', 'q', 'u', 'a', 'r', 'e'], true, 7)
// CHECK: (['s', 'q', 'u', 'a', 'r', 'e'], 'x', 7) [1, 1, 1]
// CHECK: ({2}, [1])
