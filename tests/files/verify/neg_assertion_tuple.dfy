// RUN: verify --show-snippets false
// The second component of a tuple is asserted wrong.
method M() {
  var t := (1, true, 'x');
  assert t.0 == 1;
  assert t.1 == false;
}

// CHECK-EXIT: 4
// CHECK: neg_assertion_tuple.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
