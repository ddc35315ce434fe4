// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var x: int
  constructor Init() { x := 0; }
}
method M() {
  var c := new C;
}

// CHECK-EXIT: 2
// CHECK: new_without_constructor_call.dfy(8,8): Error: when allocating an object of type 'C', one of its constructor methods must be called
// CHECK: 1 resolution/type errors detected in new_without_constructor_call.dfy
