// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
module A {
  import B
}
module B {
  import A
}

// CHECK-EXIT: 2
// CHECK: import_cycle.dfy(3,7): Error: module definition contains a cycle (note: parent modules implicitly depend on submodules): module A -> import B -> module B -> import A -> module A
// CHECK: 1 resolution/type errors detected in import_cycle.dfy
