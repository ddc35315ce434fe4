// RUN: resolve --show-snippets false
method M() {
  var m := multiset{1;
}

// CHECK-EXIT: 2
// CHECK: multiset_display_unclosed.dfy(3,21): Error: rbrace expected
// CHECK: 1 parse errors detected in multiset_display_unclosed.dfy
