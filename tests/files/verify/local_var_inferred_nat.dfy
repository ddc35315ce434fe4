// RUN: verify --show-snippets false
method CountDown(e0: nat)
{
  var e := e0;
  while e > 0
  {
    e := e - 1;
  }
  assert e == 0;
}

// CHECK-EXIT: 4
// CHECK: local_var_inferred_nat.dfy(9,2): Error: assertion might not hold
// CHECK:
// CHECK: Dafny program verifier finished with 0 verified, 1 error
