// RUN: verify --show-snippets false
// Completed iterations have only decreased the guessed metric n - i, so i >= 1 at the head even
// though the body's step is arbitrary (the loop itself cannot be proved to terminate).
method M(n: nat, k: int) {
  var i: int := 1;
  while i <= n
    invariant 10 / i == 10 / i
  {
    i := i + k;
  }
}

// CHECK-EXIT: 4
// CHECK: loop_decreases_free_invariant.dfy(6,2): Error: cannot prove termination; try supplying a decreases clause for the loop
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
