// RUN: verify --show-snippets false
// The guard comes after the division, so it does not protect it.
predicate Big(x: int)
{
  10 / x > 1 && x != 0
}

// CHECK-EXIT: 4
// CHECK: neg_division_guard_wrong_order.dfy(5,5): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
