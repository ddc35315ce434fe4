// RUN: verify --show-snippets false
// After a call that may modify the object, an old fact about its field is lost.
class Cell {
  var v: int
  method Touch()
    modifies this
  {
  }
}
method M(c: Cell)
  modifies c
{
  c.v := 5;
  c.Touch();
  assert c.v == 5;
}

// CHECK-EXIT: 4
// CHECK: neg_call_modifies_field_changed.dfy(15,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
