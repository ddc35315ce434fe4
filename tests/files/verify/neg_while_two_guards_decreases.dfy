// RUN: verify --show-snippets false
// The loop's guessed decreases clause does not decrease when only j moves.
method M(n: int) {
  var i, j := 0, 0;
  while i < n
  {
    if j < 3 {
      j := j + 1;
    } else {
      i := i + 1;
    }
  }
}

// CHECK-EXIT: 4
// CHECK: neg_while_two_guards_decreases.dfy(5,2): Error: cannot prove termination; try supplying a decreases clause for the loop
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
