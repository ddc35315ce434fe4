// RUN: resolve --show-snippets false
datatype D = | 

// CHECK-EXIT: 2
// CHECK: datatype_missing_ctor.dfy(7,0): Error: invalid NoUSIdentOrDigits
// CHECK: 1 parse errors detected in datatype_missing_ctor.dfy
