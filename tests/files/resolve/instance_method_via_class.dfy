// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  method I() {}
}
method M() {
  C.I();
}

// CHECK-EXIT: 2
// CHECK: instance_method_via_class.dfy(7,4): Error: accessing member 'I' requires an instance expression
// CHECK: 1 resolution/type errors detected in instance_method_via_class.dfy
