// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
module A {}
module B {}
module C {
  import X = A
  import X = B
}

// CHECK-EXIT: 2
// CHECK: duplicate_import_alias.dfy(7,9): Error: Duplicate name of import: X
// CHECK: 1 resolution/type errors detected in duplicate_import_alias.dfy
