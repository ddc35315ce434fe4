// RUN: verify --show-snippets false
// A real-number assertion that is false.
method M(x: real)
  requires x > 0.0
{
  var h := x / 2.0;
  assert h > x;
}

// CHECK-EXIT: 4
// CHECK: neg_assertion_real.dfy(7,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
