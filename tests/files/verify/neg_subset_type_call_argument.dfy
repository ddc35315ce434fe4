// RUN: verify --show-snippets false
// A call passes a value that may not satisfy the subset type.
type Pos = x: int | x > 0 witness 1
function Recip(p: Pos): real
{
  1.0 / p as real
}
method M(x: int) returns (r: real) {
  r := Recip(x);
}

// CHECK-EXIT: 4
// CHECK: neg_subset_type_call_argument.dfy(9,13): Error: value does not satisfy the subset constraints of 'Pos'
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 1 error
