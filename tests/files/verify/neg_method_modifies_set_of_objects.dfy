// RUN: verify --show-snippets false
// A method may modify objects of a set, but writes one outside it.
class Cell { var v: int }
method Reset(s: set<Cell>, c: Cell)
  modifies s
{
  c.v := 0;
}

// CHECK-EXIT: 4
// CHECK: neg_method_modifies_set_of_objects.dfy(7,4): Error: assignment might update an object not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
