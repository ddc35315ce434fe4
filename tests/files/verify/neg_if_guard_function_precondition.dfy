// RUN: verify --show-snippets false
// An if guard calls a function whose precondition is not met.
function Pred(n: nat): nat
  requires n > 0
{
  n - 1
}
method M(n: nat) returns (r: nat) {
  if Pred(n) > 3 {
    r := 1;
  } else {
    r := 0;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_if_guard_function_precondition.dfy(9,9): Error: function precondition could not be proved
// CHECK: neg_if_guard_function_precondition.dfy(4,13): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
