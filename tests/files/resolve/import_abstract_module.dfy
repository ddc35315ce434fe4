// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
abstract module A {
  function F(): int
}
module B {
  import A
  function G(): int { A.F() }
}

// CHECK-EXIT: 2
// CHECK: import_abstract_module.dfy(7,9): Error: a compiled module (B) is not allowed to import an abstract module (A)
// CHECK: 1 resolution/type errors detected in import_abstract_module.dfy
