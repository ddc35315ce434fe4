// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(x: int) {
}
  requires x > 0

// CHECK-EXIT: 2
// CHECK: requires_after_body.dfy(5,2): Error: this symbol not expected in Dafny
// CHECK: 1 parse errors detected in requires_after_body.dfy
