// RUN: verify --show-snippets false
// A decreases clause divides by a variable that can be zero.
method M(n: nat) {
  var i := n;
  while i > 0
    decreases 100 / i
  {
    i := i - 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_decreases_not_wellformed.dfy(5,2): Error: decreases expression might not decrease
// CHECK: neg_decreases_not_wellformed.dfy(6,18): Error: possible division by zero
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
