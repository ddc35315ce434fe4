// RUN: verify --show-snippets false
method Main() {
  var s: seq<int> := [1, 2, 3];
  print |s|, "\n";
}

// CHECK-EXIT: 2
// CHECK: unsupported_sequence.dfy(3,6): Error: dfyc cannot verify values of type seq<int> yet
// CHECK: unsupported_sequence.dfy(3,21): Error: dfyc cannot verify SeqDisplay expressions yet
// CHECK: unsupported_sequence.dfy(4,8): Error: dfyc cannot verify Cardinality expressions yet
// CHECK: 3 resolution/type errors detected in unsupported_sequence.dfy
