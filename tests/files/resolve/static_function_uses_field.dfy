// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
class C {
  var f: int
  static function F(): int {
    f
  }
}

// CHECK-EXIT: 2
// CHECK: static_function_uses_field.dfy(6,4): Error: 'this' is not allowed in a 'static' context
// CHECK: 1 resolution/type errors detected in static_function_uses_field.dfy
