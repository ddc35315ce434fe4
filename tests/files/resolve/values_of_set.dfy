// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(s: set<int>) {
  var v := s.Values;
}

// CHECK-EXIT: 2
// CHECK: values_of_set.dfy(4,13): Error: type set<int> does not have a member Values
// CHECK: 1 resolution/type errors detected in values_of_set.dfy
