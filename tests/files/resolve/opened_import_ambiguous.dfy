// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
module A {
  function F(): int { 1 }
}
module B {
  function F(): int { 2 }
}
module C {
  import opened A
  import opened B
  method M() returns (r: int) {
    r := F();
  }
}

// CHECK-EXIT: 2
// CHECK: opened_import_ambiguous.dfy(13,9): Error: The name F ambiguously refers to a static member in one of the modules A, B (try qualifying the member name with the module name)
// CHECK: 1 resolution/type errors detected in opened_import_ambiguous.dfy
