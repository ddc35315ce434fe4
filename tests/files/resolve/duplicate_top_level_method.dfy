// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {}
method M() {}

// CHECK-EXIT: 2
// CHECK: duplicate_top_level_method.dfy(4,7): Error: Duplicate member name: M
// CHECK: 1 resolution/type errors detected in duplicate_top_level_method.dfy
