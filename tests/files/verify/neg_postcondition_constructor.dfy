// RUN: verify --show-snippets false
// A constructor does not establish the promised field value.
class Point {
  var x: int
  var y: int
  constructor (a: int, b: int)
    ensures x == a && y == b
  {
    x := a;
    y := a;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_postcondition_constructor.dfy(8,2): Error: a postcondition could not be proved on this return path
// CHECK: neg_postcondition_constructor.dfy(7,24): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
