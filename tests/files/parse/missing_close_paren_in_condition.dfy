// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) {
  if (x > 0 {
  }
}

// CHECK-EXIT: 2
// CHECK: missing_close_paren_in_condition.dfy(4,12): Error: closeparen expected
// CHECK: 1 parse errors detected in missing_close_paren_in_condition.dfy
