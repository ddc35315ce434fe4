// RUN: run --no-verify --allow-warnings --show-snippets false
// {:synthesize} stubs of generic functions (backend/README.md, "Method synthesis"): a stub
// names one instantiation (`c.Tag(true, n)` stubs Tag<bool>), and a call of another
// instantiation runs the class's own function (Moq's CallBase). Expected output recorded from
// Dafny 4.11's C# built with Moq 4.20.72 (`dafny build --target cs`, then Moq added to the
// .csproj); Dafny reports no warning on this file.
class Tagger {
  constructor() {}
  function Tag<U>(u: U, n: int): int { n }
  function Pick<U>(x: U, y: U, first: bool): U { if first then x else y }
  function Plain(n: int): int { n * 2 }
}

method {:synthesize} {:axiom} MakeTagger(k: int) returns (t: Tagger)
  ensures fresh(t)
  ensures forall n: int :: n > 0 ==> t.Tag(true, n) == n + k
  ensures forall s: string, n: int :: t.Tag(s, n) == |s|
  ensures forall x: int, y: int :: x < y ==> t.Pick(x, y, true) == y
  ensures t.Plain(1) == 100

method Main() {
  var t := MakeTagger(10);
  print t.Tag(true, 1), " ", t.Tag(false, 2), " ", t.Tag(true, -1), "\n";
  print t.Tag("abc", 5), " ", t.Tag(7, 5), " ", t.Tag('c', 3), "\n";
  print t.Pick(1, 2, true), " ", t.Pick(2, 1, true), " ", t.Pick("a", "b", true), "\n";
  print t.Plain(1), " ", t.Plain(2), "\n";
  var plain := new Tagger();
  print plain.Tag(true, 1), " ", plain.Pick(1, 2, true), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 11 2 -1
// CHECK: 3 5 3
// CHECK: 2 2 a
// CHECK: 100 4
// CHECK: 1 1
