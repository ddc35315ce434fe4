// RUN: verify --show-snippets false
// Converting an int to real and comparing with the wrong constant.
method M(x: int)
  requires x == 3
{
  var r := x as real;
  assert r == 3.0;
  assert r / 2.0 == 1.0;
}

// CHECK-EXIT: 4
// CHECK: neg_int_real_conversion.dfy(8,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
