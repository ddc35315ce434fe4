// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var x: int := 3
}

// CHECK-EXIT: 2
// CHECK: field_initializer_not_allowed.dfy(4,13): Error: a mutable field may not have an initializer
// CHECK: 1 parse errors detected in field_initializer_not_allowed.dfy
