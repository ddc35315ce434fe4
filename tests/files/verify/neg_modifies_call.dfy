// RUN: verify --show-snippets false
// A method calls one that modifies an object the caller may not modify.
class Cell {
  var value: int
  method Set(v: int)
    modifies this
  {
    value := v;
  }
}
method Both(a: Cell, b: Cell)
  modifies a
{
  a.Set(1);
  b.Set(2);
}

// CHECK-EXIT: 4
// CHECK: neg_modifies_call.dfy(15,7): Error: call might violate context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
