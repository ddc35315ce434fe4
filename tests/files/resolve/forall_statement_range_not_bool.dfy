// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  forall i: int | i + 1 {
  }
}

// CHECK-EXIT: 2
// CHECK: forall_statement_range_not_bool.dfy(4,20): Error: range restriction in forall statement must be of type bool (instead got int)
// CHECK: 1 resolution/type errors detected in forall_statement_range_not_bool.dfy
