// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var a, b := 1, 2, 3;
}

// CHECK-EXIT: 2
// CHECK: multi_assignment_count.dfy(4,11): Error: the number of left-hand sides (2) and right-hand sides (3) must match for a multi-assignment
// CHECK: 1 resolution/type errors detected in multi_assignment_count.dfy
