// RUN: verify --show-snippets false
// A static method of a class is called without its precondition.
class MathUtil {
  static method Sqrt(x: int) returns (r: int)
    requires x >= 0
  {
    r := 0;
  }
}
method M() {
  var r := MathUtil.Sqrt(-4);
}

// CHECK-EXIT: 4
// CHECK: neg_static_method_precondition.dfy(11,24): Error: a precondition for this call could not be proved
// CHECK: neg_static_method_precondition.dfy(5,15): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
