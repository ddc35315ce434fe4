// RUN: verify --show-snippets false
function Dec(n: int): int
  requires n > 0
{
  n - 1
}
function Twice(n: int): int
{
  Dec(n) + Dec(n)
}

// CHECK-EXIT: 4
// CHECK: precondition_in_function_body.dfy(9,5): Error: function precondition could not be proved
// CHECK: precondition_in_function_body.dfy(3,13): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
