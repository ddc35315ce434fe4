// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) returns (n: int) {
  n := |x|;
}

// CHECK-EXIT: 2
// CHECK: cardinality_of_int.dfy(4,7): Error: size operator expects a collection argument (instead got int)
// CHECK: 1 resolution/type errors detected in cardinality_of_int.dfy
