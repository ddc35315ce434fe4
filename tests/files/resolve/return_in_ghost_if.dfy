// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M(ghost g: bool) returns (r: int) {
  r := 0;
  if g {
    return;
  }
}

// CHECK-EXIT: 2
// CHECK: return_in_ghost_if.dfy(6,4): Error: return statement is not allowed in this context (because it is guarded by a specification-only expression)
// CHECK: 1 resolution/type errors detected in return_in_ghost_if.dfy
