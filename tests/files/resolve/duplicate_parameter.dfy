// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: int, a: bool) {}

// CHECK-EXIT: 2
// CHECK: duplicate_parameter.dfy(3,17): Error: Duplicate parameter name: a
// CHECK: 1 resolution/type errors detected in duplicate_parameter.dfy
