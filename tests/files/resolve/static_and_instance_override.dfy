// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
trait T {
  method M()
}
class C extends T {
  static method M() {}
}

// CHECK-EXIT: 2
// CHECK: static_and_instance_override.dfy(7,16): Error: static member 'M' overrides non-static member in trait 'T'
// CHECK: 1 resolution/type errors detected in static_and_instance_override.dfy
