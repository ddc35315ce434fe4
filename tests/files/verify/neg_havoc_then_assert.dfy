// RUN: verify --show-snippets false
// A havocked variable can take any value.
method M() {
  var x: int := *;
  assert x != 7;
}

// CHECK-EXIT: 4
// CHECK: neg_havoc_then_assert.dfy(5,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
