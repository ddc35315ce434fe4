// RUN: verify --show-snippets false
// A precondition that divides by a parameter which may be zero.
method M(a: int, b: int)
  requires a / b > 1
{
}

// CHECK-EXIT: 4
// CHECK: neg_division_in_spec.dfy(4,13): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
