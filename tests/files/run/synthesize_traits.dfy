// RUN: run --no-verify --allow-warnings
// {:synthesize} on traits: Dafny's C# makes a Moq mock with MockBehavior.Strict, where a call
// that no setup matches fails (Moq throws; dfyc halts with its own message). Dafny 4.11's
// warnings on this file are the same (none); the output follows Moq's rules.
trait Shape {
  function Area(): int
  function Scaled(k: int): int { k * Area() }
  method Describe() { print "shape\n"; }
}
trait Named { function Name(): string }
trait Pet extends Named { function Legs(): nat }

method {:synthesize} {:axiom} MakeShape() returns (s: Shape)
  ensures fresh(s) && s.Area() == 6
  ensures forall k: int :: k > 0 ==> s.Scaled(k) == k * 10

method {:synthesize} {:axiom} MakePet() returns (p: Pet)
  ensures fresh(p) && p.Name() == "rex" && p.Legs() == 4

method Main() {
  var s := MakeShape();
  print s.Area(), " ", s.Scaled(2), "\n";
  var p := MakePet();
  print p.Name(), " ", p.Legs(), "\n";
  print s.Scaled(-1), "\n";
}

// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 6 20
// CHECK: rex 4
// CHECK: [Program halted] synthesize_traits.dfy(13,30): _module.Shape.Scaled of an object that MakeShape synthesizes has no stub for its arguments (Moq's MockBehavior.Strict)
