// RUN: verify --show-snippets false
datatype Color = Red | Green
method Main() {
  var c := Red;
  print c, "\n";
}

// CHECK-EXIT: 2
// CHECK: unsupported_datatype.dfy(2,9): Error: dfyc cannot verify Datatype declarations yet
// CHECK: unsupported_datatype.dfy(4,6): Error: dfyc cannot verify values of type Color yet
// CHECK: unsupported_datatype.dfy(4,11): Error: dfyc cannot verify names other than local variables here yet
// CHECK: 3 resolution/type errors detected in unsupported_datatype.dfy
