// RUN: run --no-verify --show-snippets false
// `new C(args)` with an argument for a ghost parameter (a ghost variable, a proof object):
// the new object is compiled, as a call's result is (Dafny's ghost inference looks at the
// arguments of compiled parameters only). Expected output: Dafny 4.11's (`dafny run`).
class Proof {
  ghost constructor() {}
}
class Counter {
  var n: int
  ghost const proof: Proof?
  constructor(start: int, ghost proof: Proof?, ghost note: int) {
    n := start;
    this.proof := proof;
  }
  method Step() modifies this { n := n + 1; }
}
method Main() {
  ghost var g := 5;
  ghost var p := new Proof();
  var c := new Counter(10, p, g);
  c.Step();
  var d := new Counter(c.n, null, g + 1);
  print c.n, " ", d.n, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 11 11
