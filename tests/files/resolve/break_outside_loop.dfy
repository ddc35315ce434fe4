// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  break;
}

// CHECK-EXIT: 2
// CHECK: break_outside_loop.dfy(4,2): Error: a non-labeled 'break' statement is allowed only in loops
// CHECK: 1 resolution/type errors detected in break_outside_loop.dfy
