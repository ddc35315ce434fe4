// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
function F(ghost g: int): int {
  var y := g; y
}

// CHECK-EXIT: 2
// CHECK: compiled_let_of_ghost.dfy(4,14): Error: ghost variables such as y are allowed only in specification contexts. y was inferred to be ghost based on its declaration or initialization.
// CHECK: 1 resolution/type errors detected in compiled_let_of_ghost.dfy
