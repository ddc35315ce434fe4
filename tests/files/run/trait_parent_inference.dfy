// RUN: run --no-verify --show-snippets false
// Type inference through the traits a class extends: an argument of type C<int>, where
// C<X> extends Tr<X>, given for a parameter of type Tr<T> makes T int (also through a chain of
// traits, with the type arguments permuted, and for a trait instantiated with a fixed type).
// Expected output recorded from Dafny 4.11: dafny run --no-verify (C#); the file verifies there.
trait Tr<X> {
  function Get(): X
}

trait Pair<A, B> extends Tr<A> {
  function Second(): B
}

class C<X> extends Tr<X> {
  const v: X
  constructor(v: X) { this.v := v; }
  function Get(): X { v }
}

class Swapped<P, Q> extends Pair<Q, P> {
  const p: P
  const q: Q
  constructor(p: P, q: Q) { this.p := p; this.q := q; }
  function Get(): Q { q }
  function Second(): P { p }
}

class Word extends Tr<string> {
  constructor() {}
  function Get(): string { "word" }
}

method Id<T>(p: Tr<T>) returns (r: T) { r := p.Get(); }

function F<T>(p: Tr<T>): T { p.Get() }

function Both<A, B>(p: Pair<A, B>): (A, B) { (p.Get(), p.Second()) }

method Main() {
  var c: C<int> := new C(5);
  var x := Id(c);
  var y := F(c);
  print x + 1, " ", y + 2, "\n";
  var s := new Swapped(true, 'q');
  var z := Id(s);
  var w := Both(s);
  print z, " ", w, " ", F(s) == 'q', "\n";
  var word := new Word();
  var u := F(word);
  print u, " ", |u|, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 6 7
// CHECK: 'q' ('q', true) true
// CHECK: word 4
