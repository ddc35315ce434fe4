// RUN: verify --show-snippets false
// A local is read before it is assigned on one path.
method M(b: bool) returns (r: int)
{
  var x: int;
  if b {
    x := 1;
  }
  r := x;
}

// CHECK-EXIT: 4
// CHECK: neg_definite_assignment_local.dfy(9,7): Error: variable 'x', which is subject to definite-assignment rules, might be uninitialized here
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
