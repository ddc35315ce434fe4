// RUN: run --no-verify --allow-warnings --show-snippets false
// Features.md row: External module names with only underscores. Modules whose extern names
// are only underscores become namespaces of that name (_, __, ___), and their members are
// called and printed under their Dafny names.
// Expected output recorded from Dafny 4.11: dafny run --no-verify (C#).
module {:extern "_"} A {
  method Hello() {
    print "A.Hello\n";
  }
  function Twice(x: int): int { 2 * x }
}

module {:extern "__"} B {
  import A
  method Hello() {
    A.Hello();
    print "B.Hello ", A.Twice(21), "\n";
  }
}

module {:extern "___"} C {
  datatype D = D(x: int, y: bool)
  class K {
    var n: int
    constructor(n: int) { this.n := n; }
  }
}

method Main() {
  B.Hello();
  var k := new C.K(7);
  print C.D(3, true), " ", k.n, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: A.Hello
// CHECK: B.Hello 42
// CHECK: C.D.D(3, true) 7
