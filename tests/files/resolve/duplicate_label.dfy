// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  label L:
  {
    label L:
    {
    }
  }
}

// CHECK-EXIT: 2
// CHECK: duplicate_label.dfy(6,10): Error: label shadows an enclosing label
// CHECK: 1 resolution/type errors detected in duplicate_label.dfy
