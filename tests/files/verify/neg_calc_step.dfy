// RUN: verify --show-snippets false
// One step of a calculation is wrong.
method M(x: int) {
  calc {
    (x + 1) * (x + 1);
  ==
    x * x + 2 * x + 1;
  ==
    x * x + 2 * x;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_calc_step.dfy(9,10): Error: the calculation step between the previous line and this line could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
