// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var s: seq<int> := new int[3];
}

// CHECK-EXIT: 2
// CHECK: array_assigned_to_seq.dfy(4,18): Error: type array<int> is not assignable to LHS (of type seq<int>)
// CHECK: 1 resolution/type errors detected in array_assigned_to_seq.dfy
