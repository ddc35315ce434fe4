// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype D = A | B
predicate P(d: D) {
  d.Z?
}

// CHECK-EXIT: 2
// CHECK: constructor_test_unknown.dfy(5,4): Error: member 'Z?' does not exist in datatype 'D'
// CHECK: 1 resolution/type errors detected in constructor_test_unknown.dfy
