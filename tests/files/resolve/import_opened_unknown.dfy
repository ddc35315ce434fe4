// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
module A {
  import opened Nowhere
}

// CHECK-EXIT: 2
// CHECK: import_opened_unknown.dfy(4,16): Error: module Nowhere does not exist
// CHECK: 1 resolution/type errors detected in import_opened_unknown.dfy
