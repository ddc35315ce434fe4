// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype P = P(x: int)
method M() {
  var p := P(true);
}

// CHECK-EXIT: 2
// CHECK: datatype_ctor_argument_type.dfy(5,13): Error: incorrect argument type for datatype constructor parameter 'x' (expected int, found bool)
// CHECK: 1 resolution/type errors detected in datatype_ctor_argument_type.dfy
