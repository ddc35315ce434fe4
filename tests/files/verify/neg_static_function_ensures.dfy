// RUN: verify --show-snippets false
// A static function in a class breaks its own postcondition.
class Math {
  static function Max(a: int, b: int): (m: int)
    ensures m >= a && m >= b
  {
    if a > b then a else a
  }
}

// CHECK-EXIT: 4
// CHECK: neg_static_function_ensures.dfy(7,25): Error: a postcondition could not be proved on this return path
// CHECK: neg_static_function_ensures.dfy(5,24): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
