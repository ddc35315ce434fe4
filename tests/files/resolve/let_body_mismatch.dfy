// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(x: int): bool {
  var y := x + 1; y
}

// CHECK-EXIT: 2
// CHECK: let_body_mismatch.dfy(3,9): Error: Function body type mismatch (expected bool, got int)
// CHECK: 1 resolution/type errors detected in let_body_mismatch.dfy
