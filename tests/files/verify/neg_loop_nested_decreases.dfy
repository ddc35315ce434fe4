// RUN: verify --show-snippets false
// The inner loop's guessed decreases does not decrease because j moves the wrong way.
method M(n: nat) {
  var i := 0;
  while i < n
    invariant i <= n
  {
    var j := n;
    while j > i
    {
      j := j + 1;
    }
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_nested_decreases.dfy(9,4): Error: cannot prove termination; try supplying a decreases clause for the loop
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
