// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
module A {
  function F(): int { 1 }
}
module B {
  import A
  method M() returns (r: int) {
    r := A.G();
  }
}

// CHECK-EXIT: 2
// CHECK: unresolved_module_member.dfy(9,11): Error: unresolved identifier: G
// CHECK: 1 resolution/type errors detected in unresolved_module_member.dfy
