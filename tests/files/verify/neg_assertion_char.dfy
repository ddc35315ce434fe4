// RUN: verify --show-snippets false
// Characters compare by code point; the assertion gets the order wrong.
method M() {
  var c := 'a';
  var d := 'B';
  assert c < d;
}

// CHECK-EXIT: 4
// CHECK: neg_assertion_char.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
