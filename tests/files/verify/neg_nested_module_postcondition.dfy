// RUN: verify --show-snippets false
// A method in a nested module breaks its postcondition.
module Outer {
  module Inner {
    method Twice(x: int) returns (y: int)
      ensures y == 2 * x
    {
      y := x + x + 1;
    }
  }
}

// CHECK-EXIT: 4
// CHECK: neg_nested_module_postcondition.dfy(7,4): Error: a postcondition could not be proved on this return path
// CHECK: neg_nested_module_postcondition.dfy(6,16): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
