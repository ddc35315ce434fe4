// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  forall i: int | 0 <= i < 3
    ensures i + 1
  {
  }
}

// CHECK-EXIT: 2
// CHECK: forall_statement_ensures_not_bool.dfy(5,14): Error: ensures condition is expected to be of type bool, but is int
// CHECK: 1 resolution/type errors detected in forall_statement_ensures_not_bool.dfy
