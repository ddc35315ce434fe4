// RUN: verify --show-snippets false
// A local of a subset type without a default is read before it is assigned.
type Pos = x: int | x > 0 witness 1
method M(b: bool) returns (r: Pos)
{
  var p: Pos;
  if b { p := 5; }
  r := p;
}

// CHECK-EXIT: 4
// CHECK: neg_definite_assignment_subset_local.dfy(8,7): Error: variable 'p', which is subject to definite-assignment rules, might be uninitialized here
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
