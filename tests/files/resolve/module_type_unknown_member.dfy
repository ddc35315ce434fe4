// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
module A {
  type T = int
}
module B {
  import A
  method M(x: A.U) {}
}

// CHECK-EXIT: 2
// CHECK: module_type_unknown_member.dfy(8,16): Error: module 'A' does not declare a type 'U'
// CHECK: 1 resolution/type errors detected in module_type_unknown_member.dfy
