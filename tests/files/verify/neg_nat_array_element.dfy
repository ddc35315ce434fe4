// RUN: verify --show-snippets false
// Storing a possibly negative value into an array of nat.
method M(a: array<nat>, x: int)
  requires a.Length > 0
  modifies a
{
  a[0] := x;
}

// CHECK-EXIT: 4
// CHECK: neg_nat_array_element.dfy(7,10): Error: value does not satisfy the subset constraints of 'nat'
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 1 error
