// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var x: int
  constructor (x: int) { this.x := x; }
}
method M() {
  var c := new C(true);
}

// CHECK-EXIT: 2
// CHECK: wrong_constructor_arguments.dfy(8,17): Error: incorrect argument type for constructor parameter 'x' (expected int, found bool)
// CHECK: 1 resolution/type errors detected in wrong_constructor_arguments.dfy
