// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var (a, a) := (1, 2);
}

// CHECK-EXIT: 2
// CHECK: duplicate_local_in_pattern.dfy(4,10): Error: Duplicate local_variable name: a
// CHECK: 1 resolution/type errors detected in duplicate_local_in_pattern.dfy
