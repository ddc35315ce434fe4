// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: array<int>) returns (r: int) {
  r := a[true];
}

// CHECK-EXIT: 2
// CHECK: array_index_bool.dfy(4,9): Error: incorrect type for selection into array<int> (got bool)
// CHECK: 1 resolution/type errors detected in array_index_bool.dfy
