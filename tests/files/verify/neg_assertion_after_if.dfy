// RUN: verify --show-snippets false
// After the conditional, the assertion holds on only one branch.
method Sign(x: int) returns (s: int)
{
  if x > 0 {
    s := 1;
  } else if x < 0 {
    s := -1;
  } else {
    s := 0;
  }
  assert s != 0;
}

// CHECK-EXIT: 4
// CHECK: neg_assertion_after_if.dfy(12,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
