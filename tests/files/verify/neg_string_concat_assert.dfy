// RUN: verify --show-snippets false
// A string concatenation asserted wrong.
method M() {
  var s := "ab" + "cd";
  assert s == "abcd";
  assert s[2] == 'd';
}

// CHECK-EXIT: 4
// CHECK: neg_string_concat_assert.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
