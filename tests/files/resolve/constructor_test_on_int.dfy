// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
predicate P(x: int) {
  x.A?
}

// CHECK-EXIT: 2
// CHECK: constructor_test_on_int.dfy(4,4): Error: type int does not have a member A?
// CHECK: 1 resolution/type errors detected in constructor_test_on_int.dfy
