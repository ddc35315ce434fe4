// RUN: verify --show-snippets false
function Double(n: int): int
  ensures Double(n) - n == n
{
  n + n
}
function Triple(n: nat): nat
  ensures Triple(n) >= n
{
  if n == 0 then 0 else 3 + Triple(n - 1)
}

// CHECK-EXIT: 0
// CHECK:
// CHECK: Dafny program verifier finished with 2 verified, 0 errors
