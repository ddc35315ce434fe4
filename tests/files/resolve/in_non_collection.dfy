// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) returns (r: bool) {
  r := x in 5;
}

// CHECK-EXIT: 2
// CHECK: in_non_collection.dfy(4,9): Error: second argument to "in" must be a set, multiset, or sequence with elements of type int, or a map with domain int (instead got int)
// CHECK: 1 resolution/type errors detected in in_non_collection.dfy
