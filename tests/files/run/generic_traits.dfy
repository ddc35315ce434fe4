// RUN: run --no-verify --allow-warnings --show-snippets false
// Generic traits: extended by generic and non-generic classes and by another generic trait;
// calls through the trait type dispatch to the class.
// Expected output recorded from Dafny 4.11: dafny run --no-verify (C#); the file verifies there.
trait Container<T> {
  function Get(): T reads this
  method Describe() {
    print "a container of ", Get(), "\n";
  }
}

trait Sized<T> extends Container<T> {
  function Size(): nat
}

class Box<T> extends Container<T> {
  const v: T
  constructor(x: T) { v := x; }
  function Get(): T reads this { v }
}

class Pair<A, B> extends Sized<A> {
  const a: A
  const b: B
  constructor(a: A, b: B) { this.a := a; this.b := b; }
  function Get(): A reads this { a }
  function Size(): nat { 2 }
}

class Counter extends Container<int> {
  var n: int
  constructor() { n := 0; }
  function Get(): int reads this { n }
  method Bump() modifies this { n := n + 1; }
}

method Show<T>(c: Container<T>) {
  print c.Get(), "\n";
  c.Describe();
}

method Main() {
  var b: Box<string> := new Box("hello");
  var p: Pair<int, bool> := new Pair(7, true);
  var k := new Counter();
  k.Bump();
  k.Bump();
  var cb: Container<string> := b;
  Show(cb);
  var cp: Container<int> := p;
  Show(cp);
  var ck: Container<int> := k;
  Show(ck);
  var s: Sized<int> := p;
  print s.Size(), " ", s.Get(), "\n";
  var cs: seq<Container<int>> := [p, k];
  print |cs|, " ", cs[0].Get() + cs[1].Get(), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: ['h', 'e', 'l', 'l', 'o']
// CHECK: a container of ['h', 'e', 'l', 'l', 'o']
// CHECK: 7
// CHECK: a container of 7
// CHECK: 2
// CHECK: a container of 2
// CHECK: 2 7
// CHECK: 2 9
