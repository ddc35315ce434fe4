// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) {
  assume {:axiom} x;
}

// CHECK-EXIT: 2
// CHECK: assume_not_bool.dfy(4,18): Error: condition is expected to be of type bool, but is int
// CHECK: 1 resolution/type errors detected in assume_not_bool.dfy
