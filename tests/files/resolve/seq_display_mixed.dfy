// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var s := [1, 2, 'c'];
}

// CHECK-EXIT: 2
// CHECK: seq_display_mixed.dfy(4,12): Error: All elements of display must have some common supertype (got int, but needed type or type of previous elements is char)
// CHECK: seq_display_mixed.dfy(4,15): Error: All elements of display must have some common supertype (got int, but needed type or type of previous elements is char)
// CHECK: 2 resolution/type errors detected in seq_display_mixed.dfy
