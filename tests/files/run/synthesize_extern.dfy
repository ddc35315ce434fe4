// RUN: run --no-verify --allow-warnings --show-snippets false %s synthesize_extern_impl.h
// {:synthesize} with an {:extern} class (backend/README.md, "Method synthesis"): the object is
// of a subclass of the user's C++ class (synthesize_extern_impl.h), which must declare the
// stubbed functions virtual and have a default constructor, as Moq needs the C# class's
// members virtual (synthesize_extern_impl.cs). A function that no setup matches runs the
// user's own (Moq's CallBase). Expected output recorded from Dafny 4.11's C# with
// synthesize_extern_impl.cs, built with Moq 4.20.72 (`dafny build --target cs`, then Moq added
// to the .csproj); Dafny reports no warning on this file.
class {:extern} Sensor {
  constructor {:extern} (id: int)
  function {:extern} Read(): int
  function {:extern} Scaled(k: int): int
  function {:extern} Id(): int
}

method {:synthesize} {:axiom} MakeSensor(base: int) returns (s: Sensor)
  ensures fresh(s)
  ensures s.Read() == base
  ensures forall k: int :: k > 0 ==> s.Scaled(k) == k * base

method Main() {
  var plain := new Sensor(7);
  print plain.Read(), " ", plain.Scaled(3), " ", plain.Id(), "\n";
  var s := MakeSensor(5);
  print s.Read(), " ", s.Scaled(3), " ", s.Scaled(-1), " ", s.Id(), "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 70 210 7
// CHECK: 5 15 -5 0
