// RUN: verify --show-snippets false
// Indexing a string and comparing with the wrong character.
method M() {
  var s := "Dafny";
  assert s[0] == 'D';
  assert s[4] == 'n';
}

// CHECK-EXIT: 4
// CHECK: neg_string_index_char_compare.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
