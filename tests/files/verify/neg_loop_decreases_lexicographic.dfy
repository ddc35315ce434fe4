// RUN: verify --show-snippets false
// A lexicographic decreases tuple in which the second component grows while the first stays.
method M(n: nat) {
  var i, j := n, 0;
  while i > 0
    decreases i, j
  {
    if j < 10 {
      j := j + 1;
    } else {
      i := i - 1;
      j := 0;
    }
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_decreases_lexicographic.dfy(5,2): Error: decreases expression might not decrease
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
