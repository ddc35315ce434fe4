// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: array<int>) returns (r: int) {
  r := a[1, 2];
}

// CHECK-EXIT: 2
// CHECK: array_two_indices.dfy(4,7): Error: array selection requires an array2 (got array<int>)
// CHECK: 1 resolution/type errors detected in array_two_indices.dfy
