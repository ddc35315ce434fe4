// RUN: resolve --show-snippets false
method Main() {
  var s: seq<int> := [1, 2, 3];
  print |s|, "\n";
}

// CHECK-EXIT: 2
// CHECK: unsupported_sequence.dfy(3,21): Error: dfyc does not support SeqDisplay expressions yet
// CHECK: unsupported_sequence.dfy(3,9): Error: dfyc does not support type 'seq' yet
// CHECK: unsupported_sequence.dfy(4,8): Error: dfyc does not support Cardinality expressions yet
// CHECK: 3 resolution/type errors detected in unsupported_sequence.dfy
