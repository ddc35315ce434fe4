// RUN: verify --show-snippets false
method Copy(n: int) returns (r: int)
{
  r := n;
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 1 verified, 0 errors
