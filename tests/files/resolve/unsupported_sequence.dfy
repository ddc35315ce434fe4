// RUN: resolve --show-snippets false
method Main() {
  var s: seq<int> := [1, 2, 3];
  print |s|, "\n";
}

// CHECK-EXIT: 2
// CHECK: unsupported_sequence.dfy(3,21): Error: dfyc does not support sequence displays yet
// CHECK: unsupported_sequence.dfy(4,11): Error: invalid UnaryExpression
// CHECK: 1 parse errors detected in unsupported_sequence.dfy
