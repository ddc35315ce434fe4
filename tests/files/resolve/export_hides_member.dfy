// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
module A {
  export provides F
  function F(): int { 1 }
  function G(): int { 2 }
}
module B {
  import A
  function H(): int { A.G() }
}

// CHECK-EXIT: 2
// CHECK: export_hides_member.dfy(10,24): Error: unresolved identifier: G
// CHECK: 1 resolution/type errors detected in export_hides_member.dfy
