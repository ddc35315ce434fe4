// RUN: verify --show-snippets false
// After creating an object the assertion about its field is wrong.
class Cell {
  var v: int
  constructor (x: int) ensures v == x { v := x; }
}
method M() {
  var c := new Cell(3);
  var d := new Cell(4);
  assert c.v + d.v == 8;
}

// CHECK-EXIT: 4
// CHECK: neg_class_new_object_field.dfy(10,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
