// RUN: verify --show-snippets false
// Indexing a string beyond its length.
method M() {
  var s := "abc";
  var c := s[2];
  var d := s[3];
}

// CHECK-EXIT: 4
// CHECK: neg_index_string.dfy(6,12): Error: index out of range
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
