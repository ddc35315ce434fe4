// RUN: verify --show-snippets false
// A set comprehension's membership claim that does not hold.
method M() {
  var evens := set x | 0 <= x < 10 && x % 2 == 0;
  assert 4 in evens;
  assert 5 in evens;
}

// CHECK-EXIT: 4
// CHECK: neg_set_comprehension.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
