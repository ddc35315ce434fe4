// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
const c: int := true

// CHECK-EXIT: 2
// CHECK: const_type_mismatch.dfy(3,6): Error: type for constant 'c' is 'int', but its initialization value type is 'bool'
// CHECK: 1 resolution/type errors detected in const_type_mismatch.dfy
