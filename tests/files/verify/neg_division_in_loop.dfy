// RUN: verify --show-snippets false
// The divisor reaches zero on the last iteration.
method M(n: nat) {
  var i := n;
  while i >= 0
    invariant i >= -1
    decreases i + 1
  {
    var q := 100 / i;
    i := i - 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_division_in_loop.dfy(9,17): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
