// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(a: int, b: int) returns (r: bool) {
  r := a !! b;
}

// CHECK-EXIT: 2
// CHECK: disjoint_on_ints.dfy(4,9): Error: arguments must be of a set or multiset type (got int)
// CHECK: 1 resolution/type errors detected in disjoint_on_ints.dfy
