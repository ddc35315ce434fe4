// RUN: verify --show-snippets false
// The decreases clause names the wrong variable.
method M(n: nat) {
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    decreases i
  {
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_loop_decreases_explicit_wrong.dfy(5,2): Error: decreases expression might not decrease
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
