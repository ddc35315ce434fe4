// RUN: run --no-verify
// `x :| assume P;` is a ghost statement in Dafny: its values are assumed, not searched for, so
// compiled code erases it and the left-hand sides, a local, a field or an array element, keep
// the values they had. Expected output checked against Dafny 4.11 (`dafny run --no-verify`).
class C {
  var f: int
  constructor() { f := 1; }
}
method Main() {
  var c := new C();
  c.f :| assume {:axiom} c.f == 4;
  var x: int := 2;
  x :| assume {:axiom} x == 5;
  var a := new int[1](i => 3);
  a[0] :| assume {:axiom} a[0] == 6;
  print c.f, " ", x, " ", a[0], "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier did not attempt verification
// CHECK: 1 2 3
