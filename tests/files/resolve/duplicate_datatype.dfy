// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype D = A
datatype D = B

// CHECK-EXIT: 2
// CHECK: duplicate_datatype.dfy(4,9): Error: duplicate name of top-level declaration: D
// CHECK: duplicate_datatype.dfy(3,9): Related location
// CHECK: 1 resolution/type errors detected in duplicate_datatype.dfy
