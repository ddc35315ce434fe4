// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var x: int := null;
}

// CHECK-EXIT: 2
// CHECK: null_to_int.dfy(4,16): Error: type of 'null' is a reference type, but it is used as int
// CHECK: 1 resolution/type errors detected in null_to_int.dfy
