// RUN: run --show-snippets false
// Expected output recorded from Dafny 4.11: dafny run name_clashes.dfy.
// Dafny names that C++ would read differently.
function max(a: int, b: int): int { if a > b then a else b }

class Heap {
  var size: int
  constructor Heap(n: int) { size := n; }
}

class Secret {
  var secret: int
  method Init(x: int)
    modifies this
  {
    secret := x;
  }
}

datatype Eva = E() | EExp(E: Eva, n: int)

datatype Klef = C0(0: int, 1: int) | C1(1: int, 2: int)

datatype Holder = Holder(h: Heap)

method Main()
{
  var max := max(3, 7);
  print max, "\n";
  var h := new Heap.Heap(4);
  print h.size, "\n";
  var s := new Secret.Init(5);
  print s.secret, "\n";
  var e := EExp(E(), 2);
  print e, " ", e.E, " ", e.n, "\n";
  var k := C1(10, 20);
  print k, " ", k.1, " ", k.2, "\n";
  var hd := Holder(h);
  hd.h.size := 9;
  print h.size, "\n";
  var heaps := {h};
  var total := 0;
  for i := 0 to 1 {
    total := total + |set x | x in heaps && x.size > i|;
  }
  print total, "\n";
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
// CHECK: 7
// CHECK: 4
// CHECK: 5
// CHECK: Eva.EExp(Eva.E, 2) Eva.E 2
// CHECK: Klef.C1(10, 20) 10 20
// CHECK: 9
// CHECK: 1
