// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(m: map<int, int>) {
  var s := multiset(m);
}

// CHECK-EXIT: 2
// CHECK: multiset_of_map.dfy(4,20): Error: can only form a multiset from a seq or set (got map<int, int>)
// CHECK: 1 resolution/type errors detected in multiset_of_map.dfy
