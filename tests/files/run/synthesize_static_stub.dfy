// RUN: build --no-verify --allow-warnings --show-snippets false
// {:synthesize} cannot stub a static function: Dafny 4.11's C# for this file sets the stub up
// as `cMock0.Setup(tmp0 => tmp0.Scale(..))`, which the C# compiler rejects (error CS0176: a
// static member reached through an instance), and Moq cannot stub a static method. dfyc
// reports it at the stub, with its own message.
class Counter {
  constructor() {}
  static function Scale(x: int): int { 2 * x }
  function Get(): int { 0 }
}

method {:synthesize} {:axiom} MakeCounter() returns (c: Counter)
  ensures fresh(c)
  ensures c.Get() == 1
  ensures c.Scale(1) == 3

method Main() {
  var c := MakeCounter();
  print c.Get(), " ", c.Scale(1), "\n";
}

// CHECK-EXIT: 3
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: synthesize_static_stub.dfy(15,12): Error: {:synthesize} method MakeCounter cannot stub the static function _module.Counter.Scale: only instance functions of a synthesized object can be stubbed
// CHECK: Translation was aborted because errors were found
