// RUN: verify --show-snippets false
class Util {
  static function Double(x: int): int { 2 * x }
  static method Triple(x: int) returns (y: int) ensures y == 3 * x { y := 3 * x; }
}
method Test() {
  assert Util.Double(2) == 4;
  var t := Util.Triple(2);
  assert t == 6;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
