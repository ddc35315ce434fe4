// RUN: resolve --show-snippets false
// Expected output recorded from Dafny 4.11 (dafny resolve).
datatype P = P(x: int, y: int)
method M() {
  var p := P(1);
}

// CHECK-EXIT: 2
// CHECK: datatype_constructor_arity.dfy(5,11): Error: wrong number of arguments (got 1, but datatype constructor 'P' expects 2: (x: int, y: int))
// CHECK: 1 resolution/type errors detected in datatype_constructor_arity.dfy
