// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) {
  assert x;
}

// CHECK-EXIT: 2
// CHECK: assert_not_bool.dfy(4,9): Error: condition is expected to be of type bool, but is int
// CHECK: 1 resolution/type errors detected in assert_not_bool.dfy
