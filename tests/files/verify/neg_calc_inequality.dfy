// RUN: verify --show-snippets false
// A `<` step in a calculation that only holds as `<=`.
method M(x: nat) {
  calc {
    x * 2;
  <
    x + x;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_calc_inequality.dfy(7,6): Error: the calculation step between the previous line and this line could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
