// RUN: verify --show-snippets false
// A downto loop whose bounds may be reversed.
method M(n: int) {
  for i := n downto 0 {
  }
}

// CHECK-EXIT: 4
// CHECK: neg_for_loop_downto.dfy(4,20): Error: lower bound must not exceed upper bound
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
