// RUN: verify --show-snippets false
// The inner loop's invariant is not re-established for the next outer iteration.
method M(n: nat) {
  var i := 0;
  var j := 0;
  while i < n
    invariant 0 <= i <= n
  {
    while j < n
      invariant 0 <= j <= n
      invariant j >= i
    {
      j := j + 1;
    }
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_nested_loops_inner_invariant.dfy(10,23): Error: this loop invariant could not be proved on entry
// CHECK:  Related message: loop invariant violation
// CHECK: neg_nested_loops_inner_invariant.dfy(11,18): Error: this loop invariant could not be proved on entry
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 2 errors
