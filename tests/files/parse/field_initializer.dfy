// RUN: resolve --show-snippets false
class C {
  var x: int := 1
}

// CHECK-EXIT: 2
// CHECK: field_initializer.dfy(3,13): Error: a mutable field may not have an initializer
// CHECK: 1 parse errors detected in field_initializer.dfy
