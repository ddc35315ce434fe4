// RUN: verify --show-snippets false
// A chain of `<` steps where one step is `==`.
method M(a: int, b: int)
  requires a < b
{
  calc {
    a;
  <
    b;
  <
    b + 0;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_calc_chain_less.dfy(11,6): Error: the calculation step between the previous line and this line could not be proved
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
