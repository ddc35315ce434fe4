// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(n: int) {
  while n {
  }
}

// CHECK-EXIT: 2
// CHECK: while_guard_int_parameter.dfy(4,8): Error: condition is expected to be of type bool, but is int
// CHECK: 1 resolution/type errors detected in while_guard_int_parameter.dfy
