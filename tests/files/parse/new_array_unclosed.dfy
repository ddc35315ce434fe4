// RUN: resolve --show-snippets false
method M() {
  var a := new int[3;
}

// CHECK-EXIT: 2
// CHECK: new_array_unclosed.dfy(3,20): Error: rbracket expected
// CHECK: 1 parse errors detected in new_array_unclosed.dfy
