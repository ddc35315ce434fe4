// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var m := multiset{true, 'a'};
}

// CHECK-EXIT: 2
// CHECK: multiset_display_mixed.dfy(4,26): Error: All elements of display must have some common supertype (got char, but needed type or type of previous elements is bool)
// CHECK: 1 resolution/type errors detected in multiset_display_mixed.dfy
