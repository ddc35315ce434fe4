// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  constructor () {}
  method M() {
    this.C();
  }
}

// CHECK-EXIT: 2
// CHECK: constructor_called_as_method.dfy(6,9): Error: member 'C' does not exist in class 'C'
// CHECK: constructor_called_as_method.dfy(6,10): Error: expected method call, found expression
// CHECK: 2 resolution/type errors detected in constructor_called_as_method.dfy
