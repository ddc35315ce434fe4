// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) returns (r: int) {
  r := x[0];
}

// CHECK-EXIT: 2
// CHECK: index_into_int.dfy(4,8): Error: element selection requires a sequence, array, multiset, or map (got int)
// CHECK: 1 resolution/type errors detected in index_into_int.dfy
