// RUN: verify --show-snippets false
// The counter overshoots the bound stated in the invariant.
method Count(n: nat) {
  var i := 0;
  while i < n
    invariant 0 <= i <= n
  {
    i := i + 2;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_invariant_maintained_bound.dfy(6,21): Error: this invariant could not be proved to be maintained by the loop
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
