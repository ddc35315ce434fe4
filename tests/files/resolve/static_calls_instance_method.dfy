// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  method I() {}
  static method S() {
    I();
  }
}

// CHECK-EXIT: 2
// CHECK: static_calls_instance_method.dfy(6,4): Error: 'this' is not allowed in a 'static' context
// CHECK: 1 resolution/type errors detected in static_calls_instance_method.dfy
