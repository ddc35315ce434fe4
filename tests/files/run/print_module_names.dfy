// RUN: run --no-verify --allow-warnings --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run --allow-warnings print_module_names.dfy
// (it verifies there; dfyc's verifier does not take qualified constructor names yet).
// How values of nested modules print: a datatype value names its module by the last name only
// (`module A.B` as a module B nested in A), an object its class with every enclosing module.
module A {
  datatype E = Z
  class Top { constructor () {} }
}
module A.B {
  datatype D = X | Y(n: int)
  class C { constructor () {} }
}
module P {
  module Q {
    datatype F = W(s: string)
    class K { constructor () {} }
  }
}
method Main() {
  var c := new A.B.C();
  var k := new P.Q.K();
  var t := new A.Top();
  print A.B.X, " ", A.B.Y(2), " ", A.Z, " ", P.Q.W("s"), "\n";
  print c, " ", k, " ", t, "\n";
  print [A.B.X], " ", {P.Q.W("t")}, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: B.D.X B.D.Y(2) A.E.Z s
// CHECK: A.B.C P.Q.K A.Top
// CHECK: [B.D.X] {['t']}
