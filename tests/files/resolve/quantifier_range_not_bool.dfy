// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
predicate P() {
  exists x: int | x + 1 :: x > 0
}

// CHECK-EXIT: 2
// CHECK: quantifier_range_not_bool.dfy(4,20): Error: range of quantifier must be of type bool (instead got int)
// CHECK: 1 resolution/type errors detected in quantifier_range_not_bool.dfy
