// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype D = D(x: int)
method M() {
  var d := new D;
}

// CHECK-EXIT: 2
// CHECK: new_of_datatype.dfy(5,11): Error: new can be applied only to class types (got D)
// CHECK: 1 resolution/type errors detected in new_of_datatype.dfy
