// RUN: verify --show-snippets false
// A method assigns a field of an object not in its modifies clause.
class Cell {
  var value: int
}
method Set(c: Cell, v: int)
{
  c.value := v;
}

// CHECK-EXIT: 4
// CHECK: neg_modifies_field_missing.dfy(8,4): Error: assignment might update an object not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
