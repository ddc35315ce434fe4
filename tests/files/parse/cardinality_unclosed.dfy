// RUN: resolve --show-snippets false
method M(s: seq<int>) {
  var n := |s;
}

// CHECK-EXIT: 2
// CHECK: cardinality_unclosed.dfy(3,13): Error: verticalbar expected
// CHECK: 1 parse errors detected in cardinality_unclosed.dfy
