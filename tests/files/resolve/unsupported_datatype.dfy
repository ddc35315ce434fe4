// RUN: resolve --show-snippets false
datatype Color = Red | Green
method Main() {
  var c := Red;
  print c, "\n";
}

// CHECK-EXIT: 2
// CHECK: unsupported_datatype.dfy(2,9): Error: dfyc does not support Datatype declarations yet
// CHECK: unsupported_datatype.dfy(4,11): Error: unresolved identifier: Red
// CHECK: 2 resolution/type errors detected in unsupported_datatype.dfy
