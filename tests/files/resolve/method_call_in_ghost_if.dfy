// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method Compiled() {}
method M(ghost g: bool) {
  if g {
    Compiled();
  }
}

// CHECK-EXIT: 2
// CHECK: method_call_in_ghost_if.dfy(6,12): Error: only ghost methods can be called from this context
// CHECK: 1 resolution/type errors detected in method_call_in_ghost_if.dfy
