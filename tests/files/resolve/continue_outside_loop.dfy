// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  continue;
}

// CHECK-EXIT: 2
// CHECK: continue_outside_loop.dfy(4,2): Error: a non-labeled 'continue' statement is allowed only in loops
// CHECK: 1 resolution/type errors detected in continue_outside_loop.dfy
