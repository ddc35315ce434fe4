// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  label L: {
    while true {
      continue L;
    }
  }
}

// CHECK-EXIT: 2
// CHECK: label_on_non_loop_continue.dfy(6,15): Error: continue label must designate a loop: L
// CHECK: 1 resolution/type errors detected in label_on_non_loop_continue.dfy
