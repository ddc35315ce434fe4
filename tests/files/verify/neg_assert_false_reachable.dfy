// RUN: verify --show-snippets false
// An `assert false` on a path that is reachable.
method M(x: int) {
  if x > 10 {
    if x < 5 {
      assert false;
    }
  } else {
    assert false;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_assert_false_reachable.dfy(9,4): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
