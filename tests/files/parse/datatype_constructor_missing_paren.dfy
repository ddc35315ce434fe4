// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype D = A(x: int | B

// CHECK-EXIT: 2
// CHECK: datatype_constructor_missing_paren.dfy(3,22): Error: closeparen expected
// CHECK: 1 parse errors detected in datatype_constructor_missing_paren.dfy
