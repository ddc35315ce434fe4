// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
method M() {
  var a := new int[true];
}

// CHECK-EXIT: 2
// CHECK: array_size_bool.dfy(4,19): Error: new must use an integer-based expression for the array size (got bool)
// CHECK: 1 resolution/type errors detected in array_size_bool.dfy
