// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  constructor () {}
}
method M() {
  var c := new C.Make();
}

// CHECK-EXIT: 2
// CHECK: new_with_unknown_constructor.dfy(7,15): Error: member 'Make' does not exist in class 'C'
// CHECK: 1 resolution/type errors detected in new_with_unknown_constructor.dfy
