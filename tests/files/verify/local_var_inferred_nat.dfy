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

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
