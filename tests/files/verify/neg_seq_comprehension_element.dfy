// RUN: verify --show-snippets false
// The element of a built sequence is asserted wrong.
method M() {
  var s := seq(5, i => i * i);
  assert s[2] == 4;
  assert s[3] == 6;
}

// CHECK-EXIT: 4
// CHECK: neg_seq_comprehension_element.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
