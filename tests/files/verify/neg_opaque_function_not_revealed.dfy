// RUN: verify --show-snippets false
// An opaque function's body is not visible without reveal.
opaque function Secret(): int { 42 }
method M() {
  assert Secret() == 42;
}

// CHECK-EXIT: 4
// CHECK: neg_opaque_function_not_revealed.dfy(5,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
