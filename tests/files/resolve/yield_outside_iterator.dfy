// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  yield;
}

// CHECK-EXIT: 2
// CHECK: yield_outside_iterator.dfy(4,2): Error: yield statement is allowed only in iterators
// CHECK: 1 resolution/type errors detected in yield_outside_iterator.dfy
