// RUN: resolve --show-snippets false
// Dafny has no static fields; the parse goes on. Checked against Dafny 4.11.
class C {
  static var x: int
  var y: int
}

// CHECK-EXIT: 2
// CHECK: static_field.dfy(4,2): Error: a field cannot be declared 'static'
// CHECK: 1 parse errors detected in static_field.dfy
