// RUN: verify --show-snippets false
// A constructor leaves a field of a reference type unassigned.
class Box {}
class Holder {
  var b: Box
  var n: int
  constructor (n0: int)
  {
    n := n0;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_definite_assignment_field.dfy(10,2): Error: field 'b', which is subject to definite-assignment rules, might be uninitialized at this point in the constructor body
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
