// RUN: verify --show-snippets false
// Two assertions build on each other; the second is wrong.
method M(x: int)
  requires -5 <= x <= 5
{
  var y := if x < 0 then -x else x;
  assert 0 <= y <= 5;
  assert y * y <= 20;
}

// CHECK-EXIT: 4
// CHECK: neg_abs_in_assertion_chain.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
