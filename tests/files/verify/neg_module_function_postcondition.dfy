// RUN: verify --show-snippets false --allow-warnings
// A function in a module breaks its postcondition.
module Util {
  function Abs(x: int): int
    ensures Abs(x) >= 0
  {
    if x < 0 then x else -x
  }
}

// CHECK-EXIT: 4
// CHECK: neg_module_function_postcondition.dfy(7,25): Error: a postcondition could not be proved on this return path
// CHECK: neg_module_function_postcondition.dfy(5,19): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
