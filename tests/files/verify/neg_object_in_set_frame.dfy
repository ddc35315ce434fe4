// RUN: verify --show-snippets false
// A method modifies objects in a set; the caller's frame has only one of them.
class Cell { var v: int }
method ResetAll(s: set<Cell>)
  modifies s
{
}
method M(a: Cell, b: Cell)
  modifies a
{
  ResetAll({a, b});
}

// CHECK-EXIT: 4
// CHECK: neg_object_in_set_frame.dfy(11,10): Error: call might violate context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
