// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) {
  expect x;
}

// CHECK-EXIT: 2
// CHECK: expect_not_bool.dfy(4,9): Error: condition is expected to be of type bool, but is int
// CHECK: 1 resolution/type errors detected in expect_not_bool.dfy
