// RUN: resolve --show-snippets false
// `import opened M`, where module M declares a type M: the name M is that type, not the
// module (Dafny's ResolveOpenedImports: the one exception to local names winning over opened
// ones), in types, in `new` and as a qualifier of static members (Dafny then takes `M.M` for a
// member M of the class). Expected output: Dafny 4.11's (`dafny resolve`).
module M {
  class M {
    var x: int
    constructor() { x := 3; }
    static function K(): int { 5 }
  }
  function F(): int { 4 }
}
module Generic {
  class Generic<A> {
    constructor() {}
  }
}
module Fine {
  import opened M
  import opened Generic
  method Main() {
    var e: M := new M();
    var g: Generic<int> := new Generic<int>();
    var h := new Generic<string>();
    print e.x, F(), M.K(), "\n";
  }
}
// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
