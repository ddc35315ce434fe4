// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
type Pos = x: int | x > 0 witness true

// CHECK-EXIT: 2
// CHECK: subset_type_witness_type.dfy(3,34): Error: witness expression must have type 'int' (got 'bool')
// CHECK: 1 resolution/type errors detected in subset_type_witness_type.dfy
