// RUN: verify --show-snippets false
// The decreases expression can go negative.
method M(n: int) {
  var i := n;
  while i != 0
    decreases i
  {
    i := i - 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_decreases_not_bounded.dfy(6,14): Error: decreases expression must be bounded below by 0 at end of loop iteration
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
