// RUN: resolve --show-snippets false
datatype D = A(x: )

// CHECK-EXIT: 2
// CHECK: datatype_formal_missing_type.dfy(2,18): Error: invalid TypeAndToken
// CHECK: 1 parse errors detected in datatype_formal_missing_type.dfy
