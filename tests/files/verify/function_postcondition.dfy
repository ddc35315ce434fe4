// RUN: verify --show-snippets false
function Half(n: int): int
  ensures 2 * Half(n) == n
{
  n / 2
}

// CHECK-EXIT: 4
// CHECK: function_postcondition.dfy(5,4): Error: a postcondition could not be proved on this return path
// CHECK: function_postcondition.dfy(3,22): Related location: this is the postcondition that could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
