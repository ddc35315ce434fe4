// RUN: verify --show-snippets false --allow-warnings
// The method promises the object is unchanged but modifies it.
class Cell {
  var v: int
}
method Touch(c: Cell)
  modifies c
  ensures unchanged(c)
{
  c.v := c.v + 0;
  c.v := 1;
}

// CHECK-EXIT: 4
// CHECK: neg_unchanged.dfy(9,0): Error: a postcondition could not be proved on this return path
// CHECK: neg_unchanged.dfy(8,10): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
