// RUN: verify --show-snippets false
// Two variables move at different speeds; the stated relation is not kept.
method M(n: nat) {
  var i, j := 0, 0;
  while i < n
    invariant 0 <= i <= n
    invariant j == 2 * i
  {
    i := i + 1;
    j := j + 3;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_invariant_maintained_two_vars.dfy(7,16): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
