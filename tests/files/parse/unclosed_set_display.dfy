// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var s := {1, 2;
}

// CHECK-EXIT: 2
// CHECK: unclosed_set_display.dfy(4,16): Error: rbrace expected
// CHECK: 1 parse errors detected in unclosed_set_display.dfy
