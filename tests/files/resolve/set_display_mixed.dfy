// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var s := {1, true};
}

// CHECK-EXIT: 2
// CHECK: set_display_mixed.dfy(4,12): Error: All elements of display must have some common supertype (got int, but needed type or type of previous elements is bool)
// CHECK: 1 resolution/type errors detected in set_display_mixed.dfy
