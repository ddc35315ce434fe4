// RUN: verify --show-snippets false
method M(x: int)
  requires x > 0
{
  var y := x - 1;
  assert y > 0;
}

// CHECK-EXIT: 4
// CHECK: assertion_simple.dfy(6,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
