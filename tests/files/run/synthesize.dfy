// RUN: run --no-verify --allow-warnings
// {:synthesize}: the postconditions of a body-less method make the objects it returns
// (backend/README.md, "Method synthesis"). Dafny's C# compiles this with the Moq library,
// which `dafny run` lacks; the expected output follows Moq's rules: a stub's value is computed
// at each call, the last setup that matches a call wins, a call no setup matches runs the
// class's own function, and a stubbed field has its value. {:axiom} keeps Dafny's warning
// about the postconditions of a body-less method away; its warnings on this file are these.
class Counter {
  var count: int
  constructor() { count := 0; }
  function Get(): int reads this { count }
  function Add(x: int): int reads this { count + x }
  function Pair(a: int, b: int): int { a * 100 + b }
}

method {:synthesize} {:axiom} MakeCounter(k: int) returns (c: Counter)
  ensures fresh(c)
  ensures c.Get() == k
  ensures forall x: int :: c.Add(x) == x + 1
  ensures c.count == 7

method {:synthesize} {:axiom} Overlapping() returns (c: Counter)
  ensures fresh(c)
  ensures forall x: int :: x > 0 ==> c.Add(x) == 1
  ensures forall x: int :: x > 10 ==> c.Add(x) == 2
  ensures c.Add(0) == 42 && c.Pair(1, 2) == 3
  ensures forall a: int, b: int :: a < b ==> c.Pair(a, b) == -1

class Node {
  constructor() {}
  function Next(): Node { this }
  function Id(): int { 0 }
}

method {:synthesize} {:axiom} Ring() returns (a: Node, b: Node)
  ensures fresh(a) && fresh(b)
  ensures a.Next() == b && a.Id() == 1
  ensures b.Next() == a && b.Id() == 2

method Main() {
  var c := MakeCounter(5);
  print c.Get(), " ", c.Add(2), " ", c.count, "\n";  // 5 3 7
  var o := Overlapping();
  print o.Add(5), " ", o.Add(11), " ", o.Add(0), " ", o.Add(-3), "\n";  // 1 2 42 -3
  print o.Pair(1, 2), " ", o.Pair(2, 1), " ", o.Pair(3, 4), "\n";  // -1 201 -1
  var a, b := Ring();
  print a.Id(), " ", a.Next().Id(), " ", a.Next().Next().Id(), " ", b.Next() == a, "\n";  // 1 2 1 true
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: synthesize.dfy(16,30): Warning: Stubbing fields is not recommended (field count of object c inside method MakeCounter)
// CHECK:    |
// CHECK: 16 | method {:synthesize} {:axiom} MakeCounter(k: int) returns (c: Counter)
// CHECK:    |                               ^^^^^^^^^^^
// CHECK:
// CHECK: 5 3 7
// CHECK: 1 2 42 -3
// CHECK: -1 201 -1
// CHECK: 1 2 1 true
