// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  while true {
    continue L;
  }
}

// CHECK-EXIT: 2
// CHECK: continue_undefined_label.dfy(5,13): Error: continue label is undefined or not in scope: L
// CHECK: 1 resolution/type errors detected in continue_undefined_label.dfy
