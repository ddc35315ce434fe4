// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
module A {
  function F(): int { 1 }
}
module B {
  method M() returns (r: int) {
    r := A.F();
  }
}

// CHECK-EXIT: 2
// CHECK: module_member_without_import.dfy(8,9): Error: unresolved identifier: A
// CHECK: 1 resolution/type errors detected in module_member_without_import.dfy
