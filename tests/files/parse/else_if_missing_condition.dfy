// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) {
  if x > 0 {
  } else if {
  }
}

// CHECK-EXIT: 2
// CHECK: else_if_missing_condition.dfy(7,0): Error: lbrace expected
// CHECK: 1 parse errors detected in else_if_missing_condition.dfy
