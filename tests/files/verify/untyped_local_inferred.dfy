// RUN: verify --show-snippets false
method M(x: int) returns (y: int) {
  var a, b;
  a := x + 3;
  b, y := a, a;
  var c;
  y := c;
}

// CHECK-EXIT: 4
// CHECK: untyped_local_inferred.dfy(7,7): Error: variable 'c', which is subject to definite-assignment rules, might be uninitialized here
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
