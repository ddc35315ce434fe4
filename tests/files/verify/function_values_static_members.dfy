// RUN: verify --show-snippets false
// Static functions of classes used as values through their class (`C<int>.Twice`, `D.Inc`): the
// handle of the function at the qualifier's type arguments. Expected output checked against
// Dafny 4.11.
class C<T> {
  static function Twice(x: int): int { 2 * x }
  static function Id(x: T): T { x }
  static function Half(x: int): int requires x % 2 == 0 { x / 2 }
}
class D {
  static function Inc(x: int): int { x + 1 }
}
method Main() {
  var f := C<int>.Twice;
  assert f(3) == 6;
  var g := C<bool>.Id;
  assert g(true);
  var h: int -> int := C<int>.Id;
  assert h(4) == 4;
  var k := D.Inc;
  assert k(1) == 2;
  var m := C<real>.Half;
  assert m.requires(4) && m(4) == 2;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
