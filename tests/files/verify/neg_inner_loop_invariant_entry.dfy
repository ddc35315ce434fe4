// RUN: verify --show-snippets false
// The inner loop's invariant does not hold on entry in the second outer iteration.
method M(n: nat) {
  var i := 0;
  while i < n
    invariant 0 <= i <= n
  {
    var j := i;
    while j < n
      invariant i + 1 <= j <= n
    {
      j := j + 1;
    }
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_inner_loop_invariant_entry.dfy(10,22): Error: this loop invariant could not be proved on entry
// CHECK:  Related message: loop invariant violation
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
