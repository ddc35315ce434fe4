// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  while true {
    break L;
  }
}

// CHECK-EXIT: 2
// CHECK: break_undefined_label.dfy(5,10): Error: break label is undefined or not in scope: L
// CHECK: 1 resolution/type errors detected in break_undefined_label.dfy
