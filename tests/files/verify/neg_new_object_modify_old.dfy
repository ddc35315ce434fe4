// RUN: verify --show-snippets false
// A freshly allocated object may be modified, but an old one is not in the frame.
class Cell { var v: int constructor () { v := 0; } }
method M(old1: Cell) {
  var c := new Cell();
  c.v := 1;
  old1.v := 2;
}

// CHECK-EXIT: 4
// CHECK: neg_new_object_modify_old.dfy(7,7): Error: assignment might update an object not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
