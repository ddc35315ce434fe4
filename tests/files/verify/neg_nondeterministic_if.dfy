// RUN: verify --show-snippets false
// A nondeterministic branch may skip the assignment.
method M() returns (r: int) {
  r := 0;
  if * {
    r := 1;
  }
  assert r == 1;
}

// CHECK-EXIT: 4
// CHECK: neg_nondeterministic_if.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
