// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) returns (x: int) {}

// CHECK-EXIT: 2
// CHECK: duplicate_out_parameter.dfy(3,26): Error: Duplicate parameter name: x
// CHECK: 1 resolution/type errors detected in duplicate_out_parameter.dfy
