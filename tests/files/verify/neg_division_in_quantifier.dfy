// RUN: verify --show-snippets false
// A quantifier body divides by its bound variable, which may be zero.
predicate AllDivide(n: nat)
{
  forall i :: 0 <= i < n ==> n % i == 0
}

// CHECK-EXIT: 4
// CHECK: neg_division_in_quantifier.dfy(5,31): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
