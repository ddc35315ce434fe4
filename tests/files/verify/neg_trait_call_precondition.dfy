// RUN: verify --show-snippets false --allow-warnings
// Calling a trait method without its precondition.
trait Stack {
  function Size(): nat
  method Pop() returns (x: int)
    requires Size() > 0
}
method Drain(s: Stack) returns (x: int) {
  x := s.Pop();
}

// CHECK-EXIT: 4
// CHECK: neg_trait_call_precondition.dfy(9,12): Error: a precondition for this call could not be proved
// CHECK: neg_trait_call_precondition.dfy(6,20): Related location: this is the precondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
