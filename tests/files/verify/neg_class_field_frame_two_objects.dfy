// RUN: verify --show-snippets false
// A method with `modifies this` assigns another object's field.
class Node {
  var val: int
  var next: Node?
  method SetNext(v: int)
    requires next != null
    modifies this
  {
    next.val := v;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_class_field_frame_two_objects.dfy(10,9): Error: assignment might update an object not in the enclosing context's modifies clause
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
