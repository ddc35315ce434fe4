// RUN: run --no-verify --show-snippets false
// Refinement among modules declared with dotted names, as Std.Parsers' are: `module
// Outer.Impl refines Base` finds Base in Outer; the unnamed export set of Base is named
// `Base` in Impl, which `export Impl extends Base` extends (Impl's default export set, not
// Base's); an abstract import (`import P : Base`) lets its importer use members of P's types
// that P's export set does not list (Dafny checks those only for concrete imports). Expected
// output recorded from Dafny 4.11: `dafny run --no-verify`.
module Outer {}

abstract module Outer.Base {
  export provides Make, Pair.Sum reveals Pair
  datatype Pair = Pair(a: int, b: int) {
    function Sum(): int { a + b }
    function Twice(): int { 2 * (a + b) }
  }
  function Make(a: int): Pair { Pair(a, Offset()) }
  function Offset(): int
}

abstract module Outer.User {
  import P : Base
  function Use(p: P.Pair): int { p.Twice() + p.a }
}

module Outer.Impl refines Base {
  export Impl extends Base provides Offset, Pair.Twice
  function Offset(): int { 10 }
}

module Outer.Impl2 refines Base {
  export provides Make, Pair.Sum, Pair.Twice reveals Pair
  function Offset(): int { 20 }
}

module Outer.UserImpl refines User {
  import P = Impl
}

module Main {
  import Outer.Impl
  import Outer.Impl2
  import Outer.UserImpl
  method Main() {
    var p := Impl.Make(1);
    print p.Sum(), " ", p.Twice(), " ", Impl.Offset(), " ", UserImpl.Use(p), "\n";
    var q := Impl2.Make(2);
    print q.Sum(), " ", q.Twice(), "\n";
  }
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 11 22 10 23
// CHECK: 22 44
