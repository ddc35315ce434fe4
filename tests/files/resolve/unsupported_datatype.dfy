// RUN: resolve --show-snippets false
datatype Color = Red | Green
method Main() {
  var c := Red;
  print c, "\n";
}

// CHECK-EXIT: 2
// CHECK: unsupported_datatype.dfy(2,0): Error: dfyc does not support datatypes yet
// CHECK: 1 resolution/type errors detected in unsupported_datatype.dfy
