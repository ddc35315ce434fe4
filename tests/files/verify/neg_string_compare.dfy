// RUN: verify --show-snippets false
// Strings compared as sequences; the prefix claim is wrong.
method M() {
  assert "ab" <= "abc";
  assert "abc" <= "ab";
}

// CHECK-EXIT: 4
// CHECK: neg_string_compare.dfy(5,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
