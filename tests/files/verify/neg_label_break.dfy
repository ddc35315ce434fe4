// RUN: verify --show-snippets false
// A labelled break skips the assignment the assertion relies on.
// Expected output recorded from Dafny 4.11 (formerly in MISMATCHES.md).
method M(n: nat) returns (x: int) {
  x := 0;
  label Outer: {
    if n > 5 { break Outer; }
    x := 1;
  }
  assert x == 1;
}

// CHECK-EXIT: 4
// CHECK: neg_label_break.dfy(10,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
