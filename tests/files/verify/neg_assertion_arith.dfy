// RUN: verify --show-snippets false
// An arithmetic fact that is off by one.
method M(x: int)
  requires x > 3
{
  var y := x * 2;
  assert y > 8;
}

// CHECK-EXIT: 4
// CHECK: neg_assertion_arith.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
