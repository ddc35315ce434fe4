// RUN: verify --show-snippets false
// An assertion inside a loop body that the invariant does not support.
method M(n: nat) {
  var i := 0;
  while i < n
    invariant 0 <= i <= n
  {
    assert i < n - 1;
    i := i + 1;
  }
}

// CHECK-EXIT: 4
// CHECK: neg_assertion_in_while_body.dfy(8,4): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
