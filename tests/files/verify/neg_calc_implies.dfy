// RUN: verify --show-snippets false
// An implication step in a calculation that does not hold.
method M(x: int) {
  calc ==> {
    x > 5;
    x > 4;
    x > 6;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_calc_implies.dfy(7,6): Error: the calculation step between the previous line and this line could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
