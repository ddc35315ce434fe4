// RUN: run --no-verify --allow-warnings --show-snippets false
// {:synthesize} stubs of generic functions of traits (backend/README.md, "Method synthesis"):
// a generic member of a trait with a body is a member template; a stub names one
// instantiation (`t.Tag(true, n)` stubs Tag<bool>). An object of a trait is Moq's Strict mock,
// so a call that no stub answers halts, of another instantiation too; an object of a class
// that extends the trait runs the trait's own function there (CallBase). Expected output
// recorded from Dafny 4.11's C# built with Moq 4.20.72 (`dafny build --target cs`, then Moq
// added to the .csproj), up to the last line, where Moq throws a MockException and dfyc halts
// with its own message. Dafny reports no warning on this file.
trait Tagger {
  function Tag<U>(u: U, n: int): int { n }
  function Pick<U>(x: U, y: U, first: bool): U { if first then x else y }
  function Plain(n: int): int { n * 2 }
  method Say<U>(u: U) { print "say ", u, "\n"; }
}

trait Box<T> {
  function Get<U>(u: U, t: T): T { t }
}

class Labeller extends Tagger, Box<string> {
  constructor() {}
}

method {:synthesize} {:axiom} MakeTagger(k: int) returns (t: Tagger)
  ensures fresh(t)
  ensures forall n: int :: n > 0 ==> t.Tag(true, n) == n + k
  ensures forall s: string, n: int :: t.Tag(s, n) == |s|
  ensures forall x: int, y: int :: x < y ==> t.Pick(x, y, true) == y

method {:synthesize} {:axiom} MakeBox() returns (b: Box<int>)
  ensures fresh(b)
  ensures forall c: char, t: int :: b.Get(c, t) == t * 100

method {:synthesize} {:axiom} MakePlain() returns (p: Labeller)
  ensures fresh(p)
  ensures forall n: int :: p.Tag(false, n) == -n
  ensures forall n: int :: p.Get(n, "x") == "stubbed"

method Main() {
  var t := MakeTagger(10);
  print t.Tag(true, 1), " ", t.Tag(true, 7), "\n";
  print t.Tag("abc", 5), " ", t.Tag("", 5), "\n";
  print t.Pick(1, 2, true), "\n";
  var b := MakeBox();
  print b.Get('c', 3), "\n";
  var p := MakePlain();
  print p.Tag(false, 4), " ", p.Tag(true, 4), " ", p.Tag(0, 4), " ", p.Pick(1, 2, true), "\n";
  print p.Get(1, "x"), " ", p.Get(1, "y"), " ", p.Get('c', "x"), " ", p.Plain(3), "\n";
  p.Say(5);
  var r := new Labeller();
  print r.Tag(true, 1), " ", r.Pick(1, 2, true), " ", r.Plain(4), " ", r.Get(0, "r"), "\n";
  r.Say(3);
  print t.Tag(7, 5), "\n";
}

// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 11 17
// CHECK: 3 0
// CHECK: 2
// CHECK: 300
// CHECK: -4 4 4 1
// CHECK: stubbed y x 6
// CHECK: say 5
// CHECK: 1 1 8 r
// CHECK: say 3
// CHECK: [Program halted] synthesize_generic_trait_functions.dfy(25,30): _module.Tagger.Tag of an object that MakeTagger synthesizes has no stub for its arguments (Moq's MockBehavior.Strict)
