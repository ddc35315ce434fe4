// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(s: seq<int>, t: set<int>) {
  var u := s + t;
}

// CHECK-EXIT: 2
// CHECK: seq_plus_set.dfy(4,13): Error: type of right argument to + (set<int>) must agree with the result type (seq<int>)
// CHECK: 1 resolution/type errors detected in seq_plus_set.dfy
