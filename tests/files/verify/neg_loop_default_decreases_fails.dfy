// RUN: verify --show-snippets false
// The guessed decreases clause (n - i) does not decrease when i stays put.
method M(n: int, step: int) {
  var i := 0;
  while i < n
  {
    i := i + step;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_default_decreases_fails.dfy(5,2): Error: cannot prove termination; try supplying a decreases clause for the loop
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
