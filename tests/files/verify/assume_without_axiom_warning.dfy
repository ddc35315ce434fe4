// RUN: verify --show-snippets false
method M(x: int)
{
  assume x > 10;
  assert x > 5;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
