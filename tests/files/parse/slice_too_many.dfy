// RUN: resolve --show-snippets false
method M(s: seq<int>) {
  var t := s[1..2..3];
}

// CHECK-EXIT: 2
// CHECK: slice_too_many.dfy(3,17): Error: rbracket expected
// CHECK: 1 parse errors detected in slice_too_many.dfy
