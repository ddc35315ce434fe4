// RUN: verify --show-snippets false
// Two references may alias, so writing one may change the other.
class Cell {
  var v: int
}
method M(a: Cell, b: Cell)
  modifies a, b
{
  a.v := 1;
  b.v := 2;
  assert a.v == 1;
}

// CHECK-EXIT: 4
// CHECK: neg_class_aliasing.dfy(11,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
