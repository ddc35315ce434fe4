// RUN: run --no-verify --allow-warnings
// {:synthesize} with objects of generic classes and traits (backend/README.md, "Method
// synthesis"): the synthesized subclass derives from the class with the out-parameter's type
// arguments (`Cell<int>`), and the stubs are written with them. As for synthesize.dfy, Dafny's
// C# compiles this with Moq, which `dafny run` lacks; the expected output follows Moq's rules
// (the last matching setup wins; of a class, a call no setup matches runs the class's own
// function; of a trait, the mock is Strict). Dafny 4.11 reports no warning on this file.
class Cell<T> {
  const value: T
  constructor(value: T) { this.value := value; }
  function Get(): T { value }
  function Pick(x: T, y: T, first: bool): T { if first then x else y }
}

trait Source<T> {
  function Next(n: nat): T
}

trait Named {
  function Name(): string
}

trait Labelled<K> extends Named {
  function Label(k: K): string
}

method {:synthesize} {:axiom} MakeCell() returns (c: Cell<int>)
  ensures fresh(c)
  ensures c.Get() == 42
  ensures forall x: int, y: int :: x < y ==> c.Pick(x, y, true) == y

method {:synthesize} {:axiom} MakeWords() returns (c: Cell<string>, s: Source<string>)
  ensures fresh(c) && fresh(s)
  ensures c.Get() == "stubbed"
  ensures forall n: nat :: s.Next(n) == "word"
  ensures s.Next(3) == "three"

method {:synthesize} {:axiom} MakeLabelled() returns (l: Labelled<bool>)
  ensures fresh(l)
  ensures l.Name() == "flags"
  ensures forall b: bool :: l.Label(b) == if b then "yes" else "no"

method Main() {
  var c := MakeCell();
  print c.Get(), " ", c.Pick(1, 2, true), " ", c.Pick(2, 1, true), " ", c.Pick(5, 9, false), "\n";
  var w, s := MakeWords();
  print w.Get(), " ", s.Next(0), " ", s.Next(3), "\n";
  var l := MakeLabelled();
  print l.Name(), " ", l.Label(true), " ", l.Label(false), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 42 2 2 9
// CHECK: stubbed word three
// CHECK: flags yes no
