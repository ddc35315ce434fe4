// RUN: verify --show-snippets false
// Updating a field of a value that may have been built by the other constructor.
datatype Shape = Circle(r: int) | Rect(w: int, h: int)
method Widen(s: Shape) returns (t: Shape)
{
  t := s.(w := 10);
}

// CHECK-EXIT: 4
// CHECK: neg_datatype_update_wrong_ctor.dfy(6,9): Error: source of datatype update must be constructed by 'Rect'
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
