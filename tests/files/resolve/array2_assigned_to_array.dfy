// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var a: array<int> := new int[2, 3];
}

// CHECK-EXIT: 2
// CHECK: array2_assigned_to_array.dfy(4,20): Error: type array2<int> is not assignable to LHS (of type array<int>)
// CHECK: 1 resolution/type errors detected in array2_assigned_to_array.dfy
