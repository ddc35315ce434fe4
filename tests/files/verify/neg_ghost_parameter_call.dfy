// RUN: verify --show-snippets false
// A ghost parameter carries a precondition the caller does not meet.
method M(ghost n: nat, x: int)
  requires x < n
{
}
method Caller() {
  M(3, 3);
}

// CHECK-EXIT: 4
// CHECK: neg_ghost_parameter_call.dfy(8,3): Error: a precondition for this call could not be proved
// CHECK: neg_ghost_parameter_call.dfy(4,13): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
