// RUN: verify --show-snippets false
// The implication guards the wrong side.
predicate P(x: int)
{
  10 / x > 0 ==> x != 0
}

// CHECK-EXIT: 4
// CHECK: neg_division_implication_reversed.dfy(5,5): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
