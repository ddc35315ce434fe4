// RUN: run --no-verify --allow-warnings --show-snippets false
// {:synthesize} methods with type parameters (backend/README.md, "Method synthesis"): the
// synthesized subclasses are templates over the method's type parameters, and each call
// instantiates them (`MakeCell<int>`, `MakeCell<string>`); stubs whose values are the
// method's parameters of those types, a forall stub, a generic trait (Moq's Strict mock) and a
// non-generic class made by a generic method. As for synthesize_generic.dfy, Dafny's C#
// compiles this with Moq, which `dafny run` lacks; the expected output follows Moq's rules
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

class Counter {
  constructor() {}
  function Count(): int { 0 }
}

method {:synthesize} {:axiom} MakeCell<T>(x: T, y: T) returns (c: Cell<T>)
  ensures fresh(c)
  ensures c.Get() == x
  ensures forall a: T, b: T :: c.Pick(a, b, true) == y

method {:synthesize} {:axiom} MakeSource<T>(first: T, rest: T) returns (s: Source<T>)
  ensures fresh(s)
  ensures forall n: nat :: s.Next(n) == rest
  ensures s.Next(0) == first

method {:synthesize} {:axiom} MakeCounter<T>(t: T, n: int) returns (c: Counter)
  ensures fresh(c)
  ensures c.Count() == n + 1

method Main() {
  var c := MakeCell(3, 4);
  print c.Get(), " ", c.Pick(7, 7, true), " ", c.Pick(7, 8, true), "\n";
  var d := MakeCell("x", "y");
  print d.Get(), " ", d.Pick("p", "p", true), " ", d.Pick("p", "q", false), "\n";
  var s := MakeSource('a', 'z');
  print s.Next(0), s.Next(1), s.Next(2), "\n";
  var words := MakeSource<seq<int>>([1], [2, 3]);
  print words.Next(0), " ", words.Next(5), "\n";
  var k := MakeCounter(true, 41);
  print k.Count(), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 3 4 4
// CHECK: x y q
// CHECK: 'a''z''z'
// CHECK: [1] [2, 3]
// CHECK: 42
