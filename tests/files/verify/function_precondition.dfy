// RUN: verify --show-snippets false
function Pred(n: int): int
  requires n > 0
{
  n - 1
}
method M(k: int) returns (r: int)
{
  r := Pred(k);
}

// CHECK-EXIT: 4
// CHECK: function_precondition.dfy(9,11): Error: function precondition could not be proved
// CHECK: function_precondition.dfy(3,13): Related location: this proposition could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
