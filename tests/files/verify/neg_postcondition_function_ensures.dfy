// RUN: verify --show-snippets false
// A function's ensures clause does not follow from its body.
function Double(x: int): int
  ensures Double(x) > x
{
  x + x
}

// CHECK-EXIT: 4
// CHECK: neg_postcondition_function_ensures.dfy(6,4): Error: a postcondition could not be proved on this return path
// CHECK: neg_postcondition_function_ensures.dfy(4,20): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
