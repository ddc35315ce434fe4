// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method Take(x: int) {}
method M() {
  Take(true);
}

// CHECK-EXIT: 2
// CHECK: method_argument_type.dfy(5,7): Error: incorrect argument type for method in-parameter 'x' (expected int, found bool)
// CHECK: 1 resolution/type errors detected in method_argument_type.dfy
