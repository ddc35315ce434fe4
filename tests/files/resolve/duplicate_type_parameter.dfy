// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F<T, T>(x: T): T { x }

// CHECK-EXIT: 2
// CHECK: duplicate_type_parameter.dfy(3,14): Error: Duplicate type-parameter name: T
// CHECK: 1 resolution/type errors detected in duplicate_type_parameter.dfy
