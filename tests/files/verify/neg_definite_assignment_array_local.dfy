// RUN: verify --show-snippets false
// An array local is used without being allocated on one path.
method M(b: bool) returns (n: int)
{
  var a: array<int>;
  if b { a := new int[3]; }
  n := a.Length;
}

// CHECK-EXIT: 4
// CHECK: neg_definite_assignment_array_local.dfy(7,7): Error: variable 'a', which is subject to definite-assignment rules, might be uninitialized here
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
