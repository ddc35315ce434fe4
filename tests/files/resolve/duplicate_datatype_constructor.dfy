// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype D = A | B | A

// CHECK-EXIT: 2
// CHECK: duplicate_datatype_constructor.dfy(3,21): Error: Duplicate datatype constructor name: A
// CHECK: 1 resolution/type errors detected in duplicate_datatype_constructor.dfy
