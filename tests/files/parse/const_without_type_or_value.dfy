// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  const k
}

// CHECK-EXIT: 2
// CHECK: const_without_type_or_value.dfy(4,8): Error: a const declaration must have a type or a RHS value
// CHECK: 1 parse errors detected in const_without_type_or_value.dfy
