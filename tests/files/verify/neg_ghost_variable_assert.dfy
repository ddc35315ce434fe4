// RUN: verify --show-snippets false
// A ghost variable tracks a count that the assertion misstates.
method M(n: nat) {
  ghost var steps := 0;
  var i := 0;
  while i < n
    invariant 0 <= i <= n
    invariant steps == i
  {
    i := i + 1;
    steps := steps + 1;
  }
  assert steps == n + 1;
}

// CHECK-EXIT: 4
// CHECK: neg_ghost_variable_assert.dfy(13,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
