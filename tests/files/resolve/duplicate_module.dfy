// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
module A {}
module A {}

// CHECK-EXIT: 2
// CHECK: duplicate_module.dfy(4,7): Error: Duplicate module name: A
// CHECK: duplicate_module.dfy(3,7): Related location
// CHECK: 1 resolution/type errors detected in duplicate_module.dfy
