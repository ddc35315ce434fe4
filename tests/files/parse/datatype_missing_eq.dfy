// RUN: resolve --show-snippets false
datatype D A | B

// CHECK-EXIT: 2
// CHECK: datatype_missing_eq.dfy(2,11): Error: invalid DatatypeDecl
// CHECK: 1 parse errors detected in datatype_missing_eq.dfy
