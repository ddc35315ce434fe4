// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
module A {
  import B
}

// CHECK-EXIT: 2
// CHECK: import_unknown_module.dfy(4,9): Error: module B does not exist
// CHECK: 1 resolution/type errors detected in import_unknown_module.dfy
