// RUN: verify --show-snippets false
// An `assert ... by` whose calculation contains a wrong step.
method M(x: int) {
  assert (x + 1) * (x + 1) >= 2 * x by {
    calc {
      (x + 1) * (x + 1);
    ==
      x * x + 2 * x + 1;
    ==
      x * x + 2 * x + 2;
    }
  }
}

// CHECK-EXIT: 4
// CHECK: neg_assert_by_calc_wrong.dfy(10,20): Error: the calculation step between the previous line and this line could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
