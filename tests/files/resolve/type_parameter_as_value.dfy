// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F<T>(x: T): int {
  T
}

// CHECK-EXIT: 2
// CHECK: type_parameter_as_value.dfy(4,2): Error: unresolved identifier: T
// CHECK: 1 resolution/type errors detected in type_parameter_as_value.dfy
