// RUN: verify --show-snippets false
// Calling a function parameter without checking its precondition.
method Apply(f: int --> int, x: int) returns (y: int)
{
  y := f(x);
}

// CHECK-EXIT: 4
// CHECK: neg_function_value_requires_check.dfy(5,7): Error: function precondition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
