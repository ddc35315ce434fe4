// RUN: verify --show-snippets false
// Calling a method inside a loop whose frame is not allowed by the enclosing method.
class Cell {
  var v: int
  method Bump() modifies this { v := v + 1; }
}
method M(c: Cell, d: Cell)
  modifies c
{
  var i := 0;
  while i < 2
  {
    d.Bump();
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_method_in_loop_modifies.dfy(13,10): Error: call might violate context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
