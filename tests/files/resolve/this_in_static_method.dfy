// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var f: int
  static method M() returns (r: int) {
    r := this.f;
  }
}

// CHECK-EXIT: 2
// CHECK: this_in_static_method.dfy(6,9): Error: 'this' is not allowed in a 'static' context
// CHECK: 1 resolution/type errors detected in this_in_static_method.dfy
