// RUN: verify --show-snippets false
// Wrong claims about static functions of a generic class used as values: their results, a
// precondition, and two instantiations that are different handles. Expected output checked
// against Dafny 4.11.
class C<T> {
  static function Twice(x: int): int { 2 * x }
  static function Id(x: T): T { x }
  static function Half(x: int): int requires x % 2 == 0 { x / 2 }
}
method Bad() {
  var f := C<int>.Twice;
  assert f(3) == 7;
}
method Bad2() {
  var g := C<int>.Id;
  assert g(1) == 2;
}
method Bad3() {
  var m := C<real>.Half;
  var y := m(3);
}
method Bad4() {
  var g := C<int>.Id;
  var b := C<bool>.Id;
  assert b(true) == false;
}

// CHECK-EXIT: 4
// CHECK: neg_function_values_static_members.dfy(12,2): Error: assertion might not hold
// CHECK: neg_function_values_static_members.dfy(16,2): Error: assertion might not hold
// CHECK: neg_function_values_static_members.dfy(20,11): Error: function precondition could not be proved
// CHECK: neg_function_values_static_members.dfy(25,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 4 errors
