// RUN: verify --show-snippets false
// Updating one character of a string; the assertion checks the wrong one.
method M() {
  var s := "cat";
  var t := s[0 := 'b'];
  assert t == "bat";
  assert t[1] == 't';
}

// CHECK-EXIT: 4
// CHECK: neg_seq_of_chars_update.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
