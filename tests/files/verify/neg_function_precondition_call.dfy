// RUN: verify --show-snippets false
// A function is applied outside its precondition.
function Pred(n: nat): nat
  requires n > 0
{
  n - 1
}
method M(x: nat) returns (y: nat) {
  y := Pred(x);
}

// CHECK-EXIT: 4
// CHECK: neg_function_precondition_call.dfy(9,11): Error: function precondition could not be proved
// CHECK: neg_function_precondition_call.dfy(4,13): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
