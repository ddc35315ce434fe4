// RUN: verify --show-snippets false
// The length of a string literal is miscounted.
method M() {
  var s := "hello";
  assert |s| == 5;
  assert |s + " world"| == 10;
}

// CHECK-EXIT: 4
// CHECK: neg_assertion_string_length.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
