// RUN: resolve --show-snippets false
method M() {
  var s := [1, 2;
}

// CHECK-EXIT: 2
// CHECK: seq_display_unclosed.dfy(3,16): Error: rbracket expected
// CHECK: 1 parse errors detected in seq_display_unclosed.dfy
