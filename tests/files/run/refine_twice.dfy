// RUN: run --no-verify --show-snippets false
// An abstract module refined by two modules (each gets its own copies of the inherited
// declarations: a subset type, functions, a lemma), named by a dotted path to a module declared
// as `module Lib.Digits`, whose import `Helpers` (Lib.Helpers) the refining modules' scope does
// not see. Expected output recorded from Dafny 4.11 (`dafny run --no-verify`; dfyc verifies it
// too, counting the inherited copies, 17 verified, where Dafny counts 12).
module Lib {
  module Helpers {
    function Twice(x: int): int { 2 * x }
    lemma TwiceIsEven(x: int) ensures Twice(x) % 2 == 0 {}
  }
}

abstract module Lib.Digits {
  import opened Helpers
  function BASE(): nat
    ensures BASE() > 1
  type digit = i: nat | 0 <= i < BASE()
  // The two lowest digits of n.
  function Low(n: nat): seq<digit> { [n % BASE(), n / BASE() % BASE()] }
  function Double(d: digit): int { Twice(d) }
  lemma DoubleIsEven(d: digit) ensures Double(d) % 2 == 0 { TwiceIsEven(d); }
}

module Ten refines Lib.Digits {
  function BASE(): nat { 10 }
}

module Sixteen refines Lib.Digits {
  function BASE(): nat { 16 }
}

module Client {
  import Ten
  import Sixteen
  method Main() {
    var d: Ten.digit := 9;
    var h: Sixteen.digit := 15;
    Ten.DoubleIsEven(d);
    print Ten.Low(1234), " ", Sixteen.Low(1234), "\n";
    print Ten.Double(d), " ", Sixteen.Double(h), "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: [4, 3] [2, 13]
// CHECK: 18 30
