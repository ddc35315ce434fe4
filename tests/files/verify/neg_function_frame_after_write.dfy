// RUN: verify --show-snippets false
// A function reading an object is not preserved after the object changes.
class Cell { var v: int }
function Get(c: Cell): int
  reads c
{
  c.v
}
method M(c: Cell)
  modifies c
{
  var before := Get(c);
  c.v := c.v + 1;
  assert Get(c) == before;
}

// CHECK-EXIT: 4
// CHECK: neg_function_frame_after_write.dfy(14,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
